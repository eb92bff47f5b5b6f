// Bit-field access that works the same on every Verilator port type: CData, SData, IData, QData
// (ports up to 64 bits) and VlWide<N> (wider ports, 32-bit words, least significant first).

#ifndef CIMC_TESTBENCH_HARNESS_BITS_H_
#define CIMC_TESTBENCH_HARNESS_BITS_H_

#include <cstdint>
#include <type_traits>

#include "bit_field.h"
#include "verilated.h"

namespace cimtb {

// Bits [lsb, lsb + width) of a wide port, unsigned; width at most 64.
template <std::size_t N>
uint64_t Field(const VlWide<N>& value, int lsb, int width) {
  uint64_t out = 0;
  for (int i = 0; i < width; ++i) {
    int bit = lsb + i;
    if ((value[bit / 32] >> (bit % 32)) & 1u) out |= uint64_t{1} << i;
  }
  return out;
}

template <class T>
bool Bit(const T& value, int index) {
  return Field(value, index, 1) != 0;
}

// Sets bits [lsb, lsb + width) of an integer port; width at most 64.
template <class T, typename std::enable_if<std::is_integral<T>::value, int>::type = 0>
void SetField(T& target, int lsb, int width, uint64_t bits) {
  uint64_t mask = (width >= 64 ? ~uint64_t{0} : (uint64_t{1} << width) - 1) << lsb;
  uint64_t next = (static_cast<uint64_t>(target) & ~mask) | ((bits << lsb) & mask);
  target = static_cast<T>(next);
}

template <std::size_t N>
void SetField(VlWide<N>& target, int lsb, int width, uint64_t bits) {
  for (int i = 0; i < width; ++i) {
    int bit = lsb + i;
    uint32_t mask = 1u << (bit % 32);
    if ((bits >> i) & 1u) {
      target[bit / 32] |= mask;
    } else {
      target[bit / 32] &= ~mask;
    }
  }
}

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_HARNESS_BITS_H_
