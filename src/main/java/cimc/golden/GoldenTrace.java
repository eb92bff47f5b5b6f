package cimc.golden;

/**
 * Every observable value of one inference, in the order the hardware produces it.
 *
 * @param adcCodes signed ADC codes, {@code adcsPerArray} per beat, beats in hardware order:
 *     beat b's code of ADC n is {@code adcCodes[b * adcsPerArray + n]}
 * @param beatsPerLayer number of ADC beats of each layer
 * @param outputs per layer, the hidden activations or the last layer's logits, in order of o
 * @param predictedClass argmax of the logits, ties to the lowest index
 */
public record GoldenTrace(int[] adcCodes, int[] beatsPerLayer, long[][] outputs,
    int predictedClass) {
}
