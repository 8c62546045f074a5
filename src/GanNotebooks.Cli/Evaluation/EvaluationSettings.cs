namespace GanNotebooks.Cli.Evaluation;

/// <summary>The shared options of the evaluation commands, as given.</summary>
/// <param name="Extractor">fashion, resnet18 or inception.</param>
/// <param name="Weights">The extractor's weights file, or null for its default.</param>
/// <param name="Samples">Images to generate from a checkpoint.</param>
/// <param name="Seed">Seeds latents, shuffles and subsets.</param>
/// <param name="BatchSize">Images through the networks at once.</param>
public sealed record EvaluationSettings(
    string Extractor, string? Weights, int Samples, long Seed, int BatchSize);
