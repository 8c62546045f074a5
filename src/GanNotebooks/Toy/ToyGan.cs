using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Toy;

/// <summary>
/// A generator and a discriminator (<see cref="ToyMlp"/>) on a toy distribution, with their Adam
/// optimisers and the updates of adversarial training. Training draws its data and latents from
/// streams seeded by the settings; measurements draw from separate streams, so measuring never
/// changes the course of training.
/// </summary>
/// <remarks>
/// NOTE: only the non-saturating generator loss −log D(G(z)) is offered here; the minimax loss
/// and its saturation are the subject of the image GAN's <c>GeneratorLoss</c>.
/// </remarks>
public sealed class ToyGan : IDisposable
{
    private readonly IToyDistribution data;
    private readonly ToyRandom trainingData;
    private readonly ToyRandom measuringData;
    private readonly torch.Generator trainingLatents;
    private readonly torch.Generator measuringLatents;
    private readonly OptimizerHelper discriminatorOptimizer;
    private readonly OptimizerHelper generatorOptimizer;

    /// <summary>Builds both networks, seeded by the settings' seed.</summary>
    /// <param name="data">The real distribution, 1-D or 2-D.</param>
    /// <param name="settings">Sizes, learning rates, schedule and seed.</param>
    public ToyGan(IToyDistribution data, ToyGanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        this.data = data;
        Settings = settings;

        random.manual_seed(settings.Seed);
        Generator = new ToyMlp(settings.LatentSize, data.Dimensions, settings.HiddenWidth,
            settings.HiddenLayers);
        Discriminator = new ToyMlp(data.Dimensions, 1, settings.HiddenWidth, settings.HiddenLayers);
        trainingData = new ToyRandom(settings.Seed);
        measuringData = new ToyRandom(~settings.Seed);
        trainingLatents = new torch.Generator((ulong)settings.Seed);
        measuringLatents = new torch.Generator((ulong)settings.Seed + 0x5EED);
        discriminatorOptimizer = optim.Adam(
            Discriminator.parameters(), settings.DiscriminatorLearningRate, settings.Beta1, 0.999);
        generatorOptimizer = optim.Adam(
            Generator.parameters(), settings.GeneratorLearningRate, settings.Beta1, 0.999);
    }

    /// <summary>The settings the pair was built with.</summary>
    public ToyGanSettings Settings { get; }

    /// <summary>The real distribution.</summary>
    public IToyDistribution Data => data;

    /// <summary>The generator: latents [N, LatentSize] to points [N, d].</summary>
    public ToyMlp Generator { get; }

    /// <summary>The discriminator: points [N, d] to logits [N, 1].</summary>
    public ToyMlp Discriminator { get; }

    /// <summary>Completed <see cref="Step"/> calls.</summary>
    public long Steps { get; private set; }

    /// <summary>
    /// One step: <see cref="ToyGanSettings.DiscriminatorSteps"/> discriminator updates on fresh
    /// real and generated batches, then one generator update through the frozen discriminator.
    /// </summary>
    /// <returns>The losses and mean scores of the step.</returns>
    /// <exception cref="InvalidOperationException">A loss is not finite; training
    /// diverged.</exception>
    public ToyStepMetrics Step()
    {
        double lossDiscriminator = 0, realScore = 0;
        for (int k = 0; k < Settings.DiscriminatorSteps; k++)
        {
            (lossDiscriminator, realScore) = UpdateDiscriminator();
        }
        var (lossGenerator, fakeScore) = UpdateGenerator();
        Steps++;
        return new ToyStepMetrics(Steps, lossDiscriminator, lossGenerator, realScore, fakeScore);
    }

    /// <summary>
    /// The estimated objective V̂ = mean log D(x) + mean log(1 − D(G(z))) on fresh real and
    /// generated points; it estimates V(G, D) of the current pair.
    /// </summary>
    /// <param name="count">Real and generated points, each.</param>
    /// <returns>The estimate; −log 4 when D is 1/2 everywhere.</returns>
    public double EstimateObjective(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var real = ToyTensors.FromPoints(data.Sample(count, measuringData));
        var fake = Generator.call(randn(count, Settings.LatentSize, generator: measuringLatents));
        return logsigmoid(Discriminator.call(real)).mean().item<float>()
            + logsigmoid(-Discriminator.call(fake)).mean().item<float>();
    }

    /// <summary>Fresh real points, from the measuring stream.</summary>
    /// <param name="count">How many.</param>
    /// <returns>Points [count, d].</returns>
    public double[,] SampleReal(int count) => data.Sample(count, measuringData);

    /// <summary>Fresh generated points, from the measuring stream, without gradients.</summary>
    /// <param name="count">How many.</param>
    /// <returns>Points [count, d].</returns>
    public double[,] Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return ToyTensors.ToPoints(Generator.call(randn(count, Settings.LatentSize,
            generator: measuringLatents)));
    }

    /// <summary>D(x) = σ(ℓ(x)) at each point.</summary>
    /// <param name="points">Points [N, d].</param>
    /// <returns>One score per point.</returns>
    public double[] Score(double[,] points)
    {
        var logits = Discriminator.Evaluate(points);
        return Enumerable.Range(0, logits.GetLength(0))
            .Select(i => 1 / (1 + Math.Exp(-logits[i, 0])))
            .ToArray();
    }

    /// <summary>
    /// The direction the generator's loss pushes each point: −∂ℓ_G/∂x with ℓ_G(x) = −log D(x)
    /// the non-saturating loss of one generated point, i.e. ∂ log D(x)/∂x.
    /// </summary>
    /// <param name="points">Points [N, d], e.g. generated ones.</param>
    /// <returns>One gradient per point, [N, d].</returns>
    public double[,] GeneratorPush(double[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        using var scope = NewDisposeScope();
        var x = ToyTensors.FromPoints(points).requires_grad_(true);

        // The sum keeps each point's gradient its own: point i appears in term i only.
        var loss = -logsigmoid(Discriminator.call(x)).sum();
        var gradient = autograd.grad([loss], [x])[0];
        return ToyTensors.ToPoints(-gradient);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        discriminatorOptimizer.Dispose();
        generatorOptimizer.Dispose();
        trainingLatents.Dispose();
        measuringLatents.Dispose();
        Generator.Dispose();
        Discriminator.Dispose();
    }

    private (double Loss, double RealScore) UpdateDiscriminator()
    {
        using var scope = NewDisposeScope();
        var real = ToyTensors.FromPoints(data.Sample(Settings.BatchSize, trainingData));
        Tensor fake;
        using (no_grad())
        {
            fake = Generator.call(randn(Settings.BatchSize, Settings.LatentSize,
                generator: trainingLatents));
        }

        var realLogits = Discriminator.call(real);
        var loss = binary_cross_entropy_with_logits(realLogits, ones_like(realLogits))
            + binary_cross_entropy_with_logits(Discriminator.call(fake), zeros_like(realLogits));
        double value = CheckFinite(loss.item<float>(), "discriminator loss");

        discriminatorOptimizer.zero_grad();
        loss.backward();
        discriminatorOptimizer.step();
        return (value, realLogits.sigmoid().mean().item<float>());
    }

    private (double Loss, double FakeScore) UpdateGenerator()
    {
        using var scope = NewDisposeScope();
        foreach (var parameter in Discriminator.parameters()) parameter.requires_grad = false;
        try
        {
            var latent = randn(Settings.BatchSize, Settings.LatentSize, generator: trainingLatents);
            var logits = Discriminator.call(Generator.call(latent));
            var loss = binary_cross_entropy_with_logits(logits, ones_like(logits));
            double value = CheckFinite(loss.item<float>(), "generator loss");

            generatorOptimizer.zero_grad();
            loss.backward();
            generatorOptimizer.step();
            return (value, logits.sigmoid().mean().item<float>());
        }
        finally
        {
            foreach (var parameter in Discriminator.parameters()) parameter.requires_grad = true;
        }
    }

    private double CheckFinite(double value, string quantity) => double.IsFinite(value)
        ? value
        : throw new InvalidOperationException(
            $"Expected a finite {quantity} at step {Steps + 1}, found {value}: training diverged.");
}
