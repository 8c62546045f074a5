using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Toy;

/// <summary>
/// Trains a discriminator alone, by minibatch binary cross entropy, to tell samples of a fixed
/// p_data from samples of a fixed p_g: the inner maximisation of the GAN game with G held still.
/// </summary>
public static class DiscriminatorFit
{
    /// <summary>Trains a <see cref="ToyMlp"/> discriminator on fresh samples every
    /// update.</summary>
    /// <param name="data">The real distribution p_data.</param>
    /// <param name="generated">The fixed generated distribution p_g, of the same dimension.</param>
    /// <param name="settings">Network size, optimiser, length and seed.</param>
    /// <param name="progress">Receives every report as it is made; may be null.</param>
    /// <returns>The trained network and its reports.</returns>
    public static DiscriminatorFitResult Train(IToyDistribution data, IToyDistribution generated,
        DiscriminatorFitSettings settings, IProgress<DiscriminatorFitProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (data.Dimensions != generated.Dimensions)
        {
            throw new ArgumentException(
                $"Expected distributions of the same dimension, found {data.Dimensions} "
                + $"and {generated.Dimensions}.", nameof(generated));
        }

        var clock = Stopwatch.StartNew();
        random.manual_seed(settings.Seed);
        var discriminator =
            new ToyMlp(data.Dimensions, 1, settings.HiddenWidth, settings.HiddenLayers);
        var draws = new ToyRandom(settings.Seed);
        var heldOut = new ToyRandom(~settings.Seed);
        int evaluation = settings.EvaluationSamples;
        using var heldOutReal = ToyTensors.FromPoints(data.Sample(evaluation, heldOut));
        using var heldOutFake = ToyTensors.FromPoints(generated.Sample(evaluation, heldOut));
        using var optimizer =
            optim.Adam(discriminator.parameters(), settings.LearningRate, 0.5, 0.999);

        var history = new List<DiscriminatorFitProgress>();
        void Report(long step, double loss)
        {
            double objective = Objective(discriminator, heldOutReal, heldOutFake);
            var report = new DiscriminatorFitProgress(step, loss, objective);
            history.Add(report);
            progress?.Report(report);
        }

        Report(0, double.NaN);
        for (int step = 1; step <= settings.Steps; step++)
        {
            double loss;
            using (NewDisposeScope())
            {
                var real = ToyTensors.FromPoints(data.Sample(settings.BatchSize, draws));
                var fake = ToyTensors.FromPoints(generated.Sample(settings.BatchSize, draws));
                var realLogits = discriminator.call(real);
                var fakeLogits = discriminator.call(fake);
                var total = binary_cross_entropy_with_logits(realLogits, ones_like(realLogits))
                    + binary_cross_entropy_with_logits(fakeLogits, zeros_like(fakeLogits));
                loss = total.item<float>();
                optimizer.zero_grad();
                total.backward();
                optimizer.step();
            }
            if (step % settings.ReportEvery == 0 || step == settings.Steps) Report(step, loss);
        }
        return new DiscriminatorFitResult(discriminator, history, clock.Elapsed);
    }

    private static double Objective(ToyMlp discriminator, Tensor real, Tensor fake)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return logsigmoid(discriminator.call(real)).mean().item<float>()
            + logsigmoid(-discriminator.call(fake)).mean().item<float>();
    }
}
