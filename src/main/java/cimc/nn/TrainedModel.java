package cimc.nn;

/** A network read from a model file together with its training metadata. */
public record TrainedModel(Mlp network, ModelMetadata metadata) {}
