using GanNotebooks.Classification;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Classification;

public sealed class SemiSupervisedLossTests
{
    // Two real classes and the fake class. Row 0: all equal; row 1: sure of class 0; row 2: sure of fake.
    private static readonly double[][] Rows = [[0, 0, 0], [6, -2, -4], [-3, 1, 5]];

    [Fact]
    public void Losses_equal_the_log_probabilities_computed_by_hand()
    {
        using var scope = NewDisposeScope();
        var logits = tensor(Rows.SelectMany(r => r).ToArray(), [3, 3]);

        double real = Rows.Average(r => -Math.Log(1 - Softmax(r)[2]));
        double fake = Rows.Average(r => -Math.Log(Softmax(r)[2]));
        double supervised = Rows.Average(r => -Math.Log(Softmax(r)[0]));

        Assert.Equal(real, SemiSupervisedLoss.Real(logits).item<double>(), 1e-9);
        Assert.Equal(fake, SemiSupervisedLoss.Fake(logits).item<double>(), 1e-9);
        Assert.Equal(supervised, SemiSupervisedLoss.Supervised(logits, zeros(3, dtype: int64)).item<double>(), 1e-9);
        Assert.Equal(real, SemiSupervisedLoss.Generator(logits).item<double>(), 1e-12);
    }

    [Fact]
    public void Equal_logits_cost_log_3_as_fake_and_log_3_over_2_as_real()
    {
        using var scope = NewDisposeScope();
        var logits = zeros(4, 3, dtype: float64);

        Assert.Equal(Math.Log(3), SemiSupervisedLoss.Fake(logits).item<double>(), 1e-12);
        Assert.Equal(Math.Log(1.5), SemiSupervisedLoss.Real(logits).item<double>(), 1e-12);
    }

    [Fact]
    public void Prediction_ignores_the_fake_logit()
    {
        using var scope = NewDisposeScope();
        var logits = tensor(new double[] { 1, 2, 9, 3, 0, 7 }, [2, 3]);

        Assert.Equal([1L, 0L], SemiSupervisedLoss.PredictClass(logits).data<long>().ToArray());
    }

    [Fact]
    public void A_single_logit_per_row_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => SemiSupervisedLoss.Fake(zeros(4, 2)));
        Assert.Contains("[N, K+1]", error.Message);
        Assert.Contains("[4, 2]", error.Message);
    }

    private static double[] Softmax(double[] row)
    {
        double max = row.Max();
        double[] e = row.Select(v => Math.Exp(v - max)).ToArray();
        return e.Select(v => v / e.Sum()).ToArray();
    }
}
