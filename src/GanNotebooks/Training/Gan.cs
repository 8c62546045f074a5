using GanNotebooks.Models;
using Generator = GanNotebooks.Models.Generator;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Training;

/// <summary>
/// A generator and a discriminator with their Adam optimisers, and the two updates of
/// adversarial training. Each update runs inside its own dispose scope and returns plain numbers,
/// so memory stays flat however many steps are taken.
/// </summary>
public sealed partial class Gan : IDisposable
{
    private readonly OptimizerHelper discriminatorOptimizer;
    private readonly OptimizerHelper generatorOptimizer;
    private readonly torch.Generator latentRandom;

    /// <summary>
    /// Builds both networks from <paramref name="options"/>, seeded by its seed, and draws their
    /// weights by its <see cref="GanOptions.Initialization"/>.
    /// </summary>
    /// <param name="options">Sizes, optimiser settings, generator loss and seed.</param>
    public Gan(GanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;

        random.manual_seed(options.Seed);
        Generator = new Generator(options.Model);
        Discriminator = new Discriminator(options.Model);
        WeightInitializer.Apply(Generator, options.Initialization);
        WeightInitializer.Apply(Discriminator, options.Initialization);
        latentRandom = new torch.Generator((ulong)options.Seed);

        double beta1 = options.Beta1, beta2 = options.Beta2;
        discriminatorOptimizer = optim.Adam(Discriminator.parameters(), options.LearningRate, beta1, beta2);
        generatorOptimizer = optim.Adam(Generator.parameters(), options.LearningRate, beta1, beta2);
    }

    /// <summary>The settings the pair was built with.</summary>
    public GanOptions Options { get; }

    /// <summary>The generator G: latent vectors to images.</summary>
    public Generator Generator { get; }

    /// <summary>The discriminator D: images to logits.</summary>
    public Discriminator Discriminator { get; }

    /// <summary>Number of completed <see cref="Step"/> calls.</summary>
    public long Steps { get; private set; }

    /// <summary>Draws latent vectors from the standard normal, from the pair's own seeded stream.</summary>
    /// <param name="count">How many vectors.</param>
    /// <returns>A tensor [count, LatentSize] owned by the caller.</returns>
    public Tensor SampleLatent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return randn(count, Options.Model.LatentSize, generator: latentRandom);
    }

    /// <summary>
    /// One discriminator update: real images labelled 1, images from the current generator
    /// labelled 0, binary cross entropy summed over the two halves, one Adam step. The
    /// generator's weights do not change.
    /// </summary>
    /// <param name="real">A batch of real images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>Losses, accuracies and mean scores on this batch, before the update.</returns>
    /// <exception cref="TrainingDivergedException">A loss is not finite; nothing was updated.</exception>
    public DiscriminatorMetrics UpdateDiscriminator(Tensor real)
    {
        Discriminator.CheckImages(real, nameof(real));
        using var scope = NewDisposeScope();

        var (metrics, loss) = ScoreDiscriminator(real);
        CheckFinite(metrics.LossReal, "discriminator loss on real images");
        CheckFinite(metrics.LossFake, "discriminator loss on generated images");

        discriminatorOptimizer.zero_grad();
        loss.backward();
        discriminatorOptimizer.step();
        return metrics;
    }

    /// <summary>
    /// Measures the discriminator on real images and as many freshly generated ones, with dropout
    /// off and without changing any weight.
    /// </summary>
    /// <param name="real">A batch of real images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>Losses, accuracies and mean scores.</returns>
    public DiscriminatorMetrics EvaluateDiscriminator(Tensor real)
    {
        Discriminator.CheckImages(real, nameof(real));
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        Discriminator.eval();
        try
        {
            return ScoreDiscriminator(real).Metrics;
        }
        finally
        {
            Discriminator.train();
        }
    }

    /// <summary>
    /// One generator update through the frozen discriminator: fresh latents, G(z) scored by D,
    /// the generator loss, one Adam step on the generator only. The discriminator's parameters
    /// neither receive gradients nor change.
    /// </summary>
    /// <param name="count">The batch size.</param>
    /// <returns>The generator loss and mean D(G(z)) before the update.</returns>
    /// <exception cref="TrainingDivergedException">The loss is not finite; nothing was updated.</exception>
    public GeneratorMetrics UpdateGenerator(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var scope = NewDisposeScope();
        SetTrainable(Discriminator, false);
        try
        {
            var (metrics, loss) = ScoreGenerator(count, Options.GeneratorLoss);
            CheckFinite(metrics.Loss, "generator loss");

            generatorOptimizer.zero_grad();
            loss.backward();
            metrics = metrics with { GradientNorm = GradientNorm(Generator) };
            generatorOptimizer.step();
            return metrics;
        }
        finally
        {
            SetTrainable(Discriminator, true);
        }
    }

    /// <summary>
    /// Measures the generator's feedback without changing any weight: fresh latents, the given
    /// loss through the discriminator, and the size (L2 norm over all generator parameters) of
    /// its gradient. The gradients are cleared afterwards.
    /// </summary>
    /// <param name="count">How many latents to score.</param>
    /// <param name="loss">The loss to measure; the pair's own loss when omitted.</param>
    /// <returns>The loss, mean D(G(z)) and the gradient norm.</returns>
    public GeneratorMetrics MeasureGenerator(int count, GeneratorLoss? loss = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var scope = NewDisposeScope();
        SetTrainable(Discriminator, false);
        try
        {
            var (metrics, value) = ScoreGenerator(count, loss ?? Options.GeneratorLoss);
            generatorOptimizer.zero_grad();
            value.backward();
            metrics = metrics with { GradientNorm = GradientNorm(Generator) };
            generatorOptimizer.zero_grad();
            return metrics;
        }
        finally
        {
            SetTrainable(Discriminator, true);
        }
    }

    /// <summary>
    /// One training step: <see cref="GanOptions.DiscriminatorSteps"/> discriminator updates on
    /// <paramref name="real"/>, each against fresh generated images, then one generator update of
    /// the same size.
    /// </summary>
    /// <param name="real">A batch of real images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>The metrics of the last discriminator update and of the generator update.</returns>
    public StepMetrics Step(Tensor real)
    {
        var discriminator = UpdateDiscriminator(real);
        for (int k = 1; k < Options.DiscriminatorSteps; k++) discriminator = UpdateDiscriminator(real);
        var generator = UpdateGenerator((int)real.shape[0]);
        Steps++;
        return StepMetrics.From(Steps, discriminator, generator);
    }

    /// <summary>
    /// One step of the discriminator alone: an update against the generator as it is, then a
    /// measurement of the generator's loss and gradient (<see cref="MeasureGenerator"/>)
    /// without changing the generator.
    /// </summary>
    /// <param name="real">A batch of real images [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>The discriminator update's metrics and the generator's measured feedback.</returns>
    public StepMetrics StepDiscriminator(Tensor real)
    {
        var discriminator = UpdateDiscriminator(real);
        var generator = MeasureGenerator((int)real.shape[0]);
        Steps++;
        return StepMetrics.From(Steps, discriminator, generator);
    }

    /// <summary>Generates images from the given latents without tracking gradients.</summary>
    /// <param name="latent">Latent vectors [N, LatentSize].</param>
    /// <returns>Images [N, 1, 28, 28] in [-1, 1], owned by the caller.</returns>
    public Tensor Generate(Tensor latent)
    {
        Generator.CheckLatent(latent, nameof(latent));
        using var noGrad = no_grad();
        return Generator.call(latent);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        discriminatorOptimizer.Dispose();
        generatorOptimizer.Dispose();
        latentRandom.Dispose();
        Generator.Dispose();
        Discriminator.Dispose();
    }

    private (DiscriminatorMetrics Metrics, Tensor Loss) ScoreDiscriminator(Tensor real)
    {
        Tensor fake;
        using (no_grad())
        {
            fake = Generator.call(SampleLatent((int)real.shape[0]));
        }

        var realLogits = Discriminator.call(real);
        var fakeLogits = Discriminator.call(fake);
        var lossReal = binary_cross_entropy_with_logits(realLogits, ones_like(realLogits));
        var lossFake = binary_cross_entropy_with_logits(fakeLogits, zeros_like(fakeLogits));
        var metrics = new DiscriminatorMetrics(
            lossReal.item<float>(),
            lossFake.item<float>(),
            realLogits.gt(0).to_type(ScalarType.Float32).mean().item<float>(),
            fakeLogits.lt(0).to_type(ScalarType.Float32).mean().item<float>(),
            realLogits.sigmoid().mean().item<float>(),
            fakeLogits.sigmoid().mean().item<float>());
        return (metrics, lossReal + lossFake);
    }

    private (GeneratorMetrics Metrics, Tensor Loss) ScoreGenerator(int count, GeneratorLoss kind)
    {
        var logits = Discriminator.call(Generator.call(SampleLatent(count)));
        var loss = kind == GeneratorLoss.NonSaturating
            ? binary_cross_entropy_with_logits(logits, ones_like(logits))
            : -softplus(logits).mean();
        var metrics = new GeneratorMetrics(loss.item<float>(), logits.sigmoid().mean().item<float>());
        return (metrics, loss);
    }

    private static double GradientNorm(nn.Module module)
    {
        double sum = 0;
        foreach (var parameter in module.parameters())
        {
            using var grad = parameter.grad;
            if (grad is not null) sum += grad.square().sum().item<float>();
        }
        return Math.Sqrt(sum);
    }

    private void CheckFinite(double value, string quantity)
    {
        if (!double.IsFinite(value)) throw new TrainingDivergedException(Steps + 1, quantity, value);
    }

    private static void SetTrainable(nn.Module module, bool trainable)
    {
        foreach (var parameter in module.parameters()) parameter.requires_grad = trainable;
    }
}
