using GanNotebooks.Models;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Training;

public sealed class FeedbackTests
{
    private static readonly GanOptions Small = GanOptions.Classic with
    {
        Model = new ModelOptions(Width: 0.25),
        Seed = 11,
    };

    [Theory]
    [InlineData(GeneratorLoss.Minimax)]
    [InlineData(GeneratorLoss.NonSaturating)]
    public void Measured_loss_gradients_match_the_closed_form(GeneratorLoss loss)
    {
        double[] scores = [0.01, 0.29, 0.5, 0.9];
        using var logits = tensor(scores.Select(s => Math.Log(s / (1 - s))).ToArray());

        double[] measured = GeneratorLossGradient.Measured(loss, logits);

        for (int i = 0; i < scores.Length; i++)
        {
            Assert.Equal(GeneratorLossGradient.Analytic(loss, scores[i]), measured[i], 1e-9);
        }
        // -D and -(1 - D): at D = 0.01 the minimax loss passes on 1 % of the gradient.
        Assert.Equal(-0.01, GeneratorLossGradient.Analytic(GeneratorLoss.Minimax, 0.01), 1e-12);
        Assert.Equal(-0.99, GeneratorLossGradient.Analytic(GeneratorLoss.NonSaturating, 0.01), 1e-12);
    }

    [Fact]
    public void Score_gradient_predicts_the_change_of_the_score_and_touches_no_weight()
    {
        using var gan = new Gan(Small);
        using var scope = NewDisposeScope();
        var images = gan.Generate(gan.SampleLatent(2));
        var before = ParameterSnapshot.Take(gan.Discriminator);

        var gradient = DiscriminatorProbe.ScoreGradient(gan.Discriminator, images);
        var step = 1e-3 * gradient / gradient.abs().max();
        double[] scores = DiscriminatorProbe.Scores(gan.Discriminator, images);
        double[] moved = DiscriminatorProbe.Scores(gan.Discriminator, images + step);
        double[] predicted = (gradient * step).sum([1, 2, 3])
            .to_type(ScalarType.Float64).data<double>().ToArray();

        Assert.Equal([2L, 1, 28, 28], gradient.shape);
        for (int i = 0; i < 2; i++)
        {
            Assert.True(moved[i] > scores[i]);
            Assert.Equal(predicted[i], moved[i] - scores[i], 0.2 * predicted[i]);
        }
        Assert.True(before.CompareWith(gan.Discriminator).Unchanged);
        Assert.All(gan.Discriminator.parameters(), p => Assert.Null(p.grad));
        Assert.True(gan.Discriminator.training);
    }

    [Fact]
    public void Generator_gradient_norms_cover_every_layer_and_change_nothing()
    {
        using var gan = new Gan(Small);
        using var scope = NewDisposeScope();
        var generatorBefore = ParameterSnapshot.Take(gan.Generator);
        var discriminatorBefore = ParameterSnapshot.Take(gan.Discriminator);

        var norms = gan.GeneratorGradientNorms(gan.SampleLatent(1));

        Assert.Equal(gan.Generator.parameters().Count(), norms.Count);
        Assert.All(norms, n => Assert.True(n.Norm > 0, n.Name));
        Assert.True(generatorBefore.CompareWith(gan.Generator).Unchanged);
        Assert.True(discriminatorBefore.CompareWith(gan.Discriminator).Unchanged);
        Assert.Equal(0, GradientNorms.Total(gan.Generator));
    }

    [Fact]
    public void Health_names_an_overpowering_discriminator_and_not_a_balanced_one()
    {
        StepMetrics Step(long step, double loss, double accuracy, double fake) =>
            new(step, loss / 2, loss / 2, accuracy, accuracy, 3, 0.99, fake, 0.01);
        var won = Enumerable.Range(1, 10).Select(i => Step(i, 0.02, 1.0, 0.01)).ToList();
        var balanced = Enumerable.Range(1, 10).Select(i => Step(i, 1.2, 0.7, 0.4)).ToList();

        Assert.Equal(3, TrainingHealth.Of(won, 5).Signs.Count);
        Assert.Equal(6, TrainingHealth.Of(won, 5).FromStep);
        Assert.Empty(TrainingHealth.Of(balanced).Signs);
        Assert.Contains("no failure signs", TrainingHealth.Of(balanced).ToString());
    }
}
