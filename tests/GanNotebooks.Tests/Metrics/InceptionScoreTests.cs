using GanNotebooks.Metrics;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics;

public sealed class InceptionScoreTests
{
    [Fact]
    public void Uniform_predictions_score_one()
    {
        using var uniform = full(200, 10, 0.1f);

        var result = InceptionScore.Compute(uniform);

        Assert.Equal(1, result.Mean, 1e-9);
        Assert.Equal(0, result.StandardDeviation, 1e-9);
        Assert.Equal(10, result.SplitScores.Count);
    }

    [Fact]
    public void Confident_balanced_predictions_score_about_the_number_of_classes()
    {
        using var labels = arange(1000).remainder(10);
        using var confident = nn.functional.one_hot(labels, 10).to_type(ScalarType.Float32) * 0.991f + 0.001f;

        var result = InceptionScore.Compute(confident, splits: 10, seed: 1);

        // Per-class counts in a shuffled split of 100 are only roughly 10, so not exactly 10.
        Assert.InRange(result.Mean, 8.5, 10);
    }

    [Fact]
    public void Agrees_with_the_original_formula_on_fixed_probabilities()
    {
        var reference = MetricsReference.Load();
        using var probabilities = reference.Matrix("probabilities");

        var one = InceptionScore.Compute(probabilities, splits: 1);
        var four = InceptionScore.Compute(probabilities, splits: 4, shuffle: false);

        Assert.Equal(reference.Number("is_one_split"), one.Mean, 1e-10);
        var expected = reference.Root.GetProperty("is_four_splits");
        Assert.Equal(expected.GetProperty("mean").GetDouble(), four.Mean, 1e-10);
        Assert.Equal(expected.GetProperty("std").GetDouble(), four.StandardDeviation, 1e-10);
    }

    [Fact]
    public void Class_sorted_samples_score_lower_unshuffled_than_shuffled()
    {
        using var labels = arange(1000).div(100, rounding_mode: RoundingMode.floor);
        using var sorted = nn.functional.one_hot(labels, 10).to_type(ScalarType.Float32);

        var unshuffled = InceptionScore.Compute(sorted, splits: 10, shuffle: false);
        var shuffled = InceptionScore.Compute(sorted, splits: 10, seed: 2);

        Assert.Equal(1, unshuffled.Mean, 1e-9);
        Assert.True(shuffled.Mean > 8, shuffled.ToString());
    }

    [Fact]
    public void Logits_and_too_many_splits_are_refused()
    {
        using var logits = randn(20, 4);
        using var uniform = full(5, 4, 0.25f);

        var sum = Assert.Throws<ArgumentException>(() => InceptionScore.Compute(logits.abs(), splits: 2));
        Assert.Contains("Expected each row to sum to 1", sum.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => InceptionScore.Compute(uniform, splits: 6));
    }
}
