package cimc.hw;

/**
 * Exact value ranges of one layer's registers, from which their widths follow.
 *
 * @param d analog column-pair difference of one conversion, in conductance codes
 * @param adcCode signed ADC code k
 * @param tileSum shift-add sum over the bit planes of one row tile
 * @param y partial sum over all row tiles
 * @param z {@code y} plus the bias
 * @param product {@code z * multiplier + rounding constant} (hidden layers; equals {@code z}
 *     for the last layer)
 * @param output activation code of a hidden layer, or the logit {@code z} of the last layer
 */
public record LayerWidths(IntRange d, IntRange adcCode, IntRange tileSum, IntRange y, IntRange z,
    IntRange product, IntRange output) {
}
