package cimc.nn;

/**
 * Receives training progress. Calls come from the thread that called
 * {@link Trainer#train}, in order. Epochs are numbered from 1, batches from 0.
 */
public interface ProgressListener {
  default void epochStarted(int epoch, int batchCount) {}

  default void batchFinished(int epoch, int batch) {}

  /**
   * Receives the network after an epoch.
   *
   * @param meanLoss mean softmax cross-entropy over the epoch's images, in nats
   * @param network a copy of the weights at the end of the epoch
   */
  default void epochFinished(int epoch, double meanLoss, Mlp network) {}
}
