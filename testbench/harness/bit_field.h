// Bit-field helpers on plain integers: extract a field and sign-extend it. Used both on
// Verilator ports of up to 64 bits and on values read from vector files.

#ifndef CIMC_TESTBENCH_HARNESS_BIT_FIELD_H_
#define CIMC_TESTBENCH_HARNESS_BIT_FIELD_H_

#include <cstdint>
#include <type_traits>

namespace cimtb {

// Bits [lsb, lsb + width) of an integer port, unsigned; width at most 64.
template <class T, typename std::enable_if<std::is_integral<T>::value, int>::type = 0>
uint64_t Field(const T& value, int lsb, int width) {
  uint64_t raw = static_cast<uint64_t>(value) >> lsb;
  return width >= 64 ? raw : raw & ((uint64_t{1} << width) - 1);
}

// Sign-extends the low `width` bits of `raw` (width 1..64).
inline int64_t SignExtend(uint64_t raw, int width) {
  if (width >= 64) return static_cast<int64_t>(raw);
  uint64_t sign = uint64_t{1} << (width - 1);
  raw &= (uint64_t{1} << width) - 1;
  return static_cast<int64_t>((raw ^ sign) - sign);
}

}  // namespace cimtb

#endif  // CIMC_TESTBENCH_HARNESS_BIT_FIELD_H_
