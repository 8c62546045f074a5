using GanNotebooks.Classification;
using GanNotebooks.Models;
using GanNotebooks.Tests.Data;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Classification;

public sealed class SemiSupervisedGanTests(FashionMnistFixture data) : IClassFixture<FashionMnistFixture>
{
    private static readonly GanOptions Small = GanOptions.Classic with { Model = new ModelOptions(Width: 0.125) };

    [Fact]
    public void The_same_seed_gives_the_same_metrics_and_the_discriminator_has_k_plus_one_outputs()
    {
        using var labelled = LabelledSubset.Balanced(data.Train, 100, seed: 1);
        using var unlabelled = data.Train.Take(2000);

        IReadOnlyList<SemiSupervisedMetrics> Run()
        {
            using var gan = new SemiSupervisedGan(Small with { Seed = 9 });
            Assert.Equal(11, gan.Discriminator.Outputs);
            return SemiSupervisedTraining.Train(gan, labelled, unlabelled, steps: 12, batchSize: 32, seed: 9);
        }

        var first = Run();
        var second = Run();

        Assert.Equal(first, second);
        Assert.All(first, m => Assert.True(double.IsFinite(m.SupervisedLoss + m.RealLoss + m.FakeLoss)));
        // Untrained, the 11 outputs are near uniform: -log(1/11) for the true class.
        Assert.InRange(first[0].SupervisedLoss, Math.Log(11) - 0.5, Math.Log(11) + 0.5);
    }
}
