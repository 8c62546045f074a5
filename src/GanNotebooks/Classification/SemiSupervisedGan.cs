using GanNotebooks.Models;
using GanNotebooks.Training;
using TorchSharp;
using static TorchSharp.torch;
using Generator = GanNotebooks.Models.Generator;

namespace GanNotebooks.Classification;

/// <summary>
/// A semi-supervised GAN: a generator and a K+1 discriminator that tells the K classes apart and
/// every class from "fake". The discriminator learns from labelled images (which class), from
/// unlabelled ones (some real class) and from generated ones (fake), all at once.
/// </summary>
public sealed class SemiSupervisedGan : IDisposable
{
    private readonly optim.Optimizer discriminatorOptimizer;
    private readonly optim.Optimizer generatorOptimizer;
    private readonly torch.Generator latentRandom;

    /// <summary>Builds both networks, seeded by <see cref="GanOptions.Seed"/>.</summary>
    /// <param name="options">
    /// Sizes, Adam settings and seed; the generator loss, discriminator steps and initialisation
    /// settings are unused (one discriminator update per step, as in Salimans et al.).
    /// </param>
    /// <param name="classes">K, the number of real classes.</param>
    public SemiSupervisedGan(GanOptions options, int classes = 10)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        options.Validate();
        Options = options;

        // NOTE: both networks keep TorchSharp's default initialisation, the one the classifier
        // trained from scratch starts from, so the two methods that start from random weights in
        // the few-label comparison start alike.
        random.manual_seed(options.Seed);
        Generator = new Generator(options.Model);
        Discriminator = ClassifierNetwork.FromScratch(options.Model, classes + 1);
        latentRandom = new torch.Generator((ulong)options.Seed);
        double lr = options.LearningRate, beta1 = options.Beta1, beta2 = options.Beta2;
        discriminatorOptimizer = optim.Adam(Discriminator.parameters(), lr, beta1, beta2);
        generatorOptimizer = optim.Adam(Generator.parameters(), lr, beta1, beta2);
    }

    /// <summary>The settings the pair was built with.</summary>
    public GanOptions Options { get; }

    /// <summary>The generator.</summary>
    public Generator Generator { get; }

    /// <summary>The K+1 discriminator: K class logits, then the fake logit.</summary>
    public ClassifierNetwork Discriminator { get; }

    /// <summary>Number of completed steps.</summary>
    public long Steps { get; private set; }

    /// <summary>
    /// One step: a discriminator update on the three losses, then a generator update through the
    /// frozen discriminator on as many fresh latents as there are unlabelled images.
    /// </summary>
    /// <param name="labelledImages">Labelled real images [L, 1, 28, 28].</param>
    /// <param name="labels">Their labels [L].</param>
    /// <param name="unlabelledImages">Unlabelled real images [U, 1, 28, 28].</param>
    /// <returns>The losses and the labelled accuracy, before the updates.</returns>
    /// <exception cref="TrainingDivergedException">A loss is not finite; nothing was updated.</exception>
    public SemiSupervisedMetrics Step(Tensor labelledImages, Tensor labels, Tensor unlabelledImages)
    {
        Models.Discriminator.CheckImages(labelledImages, nameof(labelledImages));
        Models.Discriminator.CheckImages(unlabelledImages, nameof(unlabelledImages));
        ArgumentNullException.ThrowIfNull(labels);
        using var scope = NewDisposeScope();
        int count = (int)unlabelledImages.shape[0];

        Tensor fake;
        using (no_grad()) fake = Generator.call(Latent(count));
        var labelledLogits = Discriminator.call(labelledImages);
        var supervised = SemiSupervisedLoss.Supervised(labelledLogits, labels);
        var real = SemiSupervisedLoss.Real(Discriminator.call(unlabelledImages));
        var fakeLoss = SemiSupervisedLoss.Fake(Discriminator.call(fake));
        double accuracy = SemiSupervisedLoss.PredictClass(labelledLogits).eq(labels)
            .to_type(ScalarType.Float32).mean().item<float>();
        var values = (S: supervised.item<float>(), R: real.item<float>(), F: fakeLoss.item<float>());
        CheckFinite(values.S, "supervised loss");
        CheckFinite(values.R, "loss on unlabelled real images");
        CheckFinite(values.F, "loss on generated images");
        discriminatorOptimizer.zero_grad();
        (supervised + real + fakeLoss).backward();
        discriminatorOptimizer.step();

        double generatorLoss = UpdateGenerator(count);
        Steps++;
        return new SemiSupervisedMetrics(Steps, values.S, values.R, values.F, generatorLoss, accuracy);
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

    private double UpdateGenerator(int count)
    {
        foreach (var parameter in Discriminator.parameters()) parameter.requires_grad = false;
        try
        {
            var loss = SemiSupervisedLoss.Generator(Discriminator.call(Generator.call(Latent(count))));
            double value = loss.item<float>();
            CheckFinite(value, "generator loss");
            generatorOptimizer.zero_grad();
            loss.backward();
            generatorOptimizer.step();
            return value;
        }
        finally
        {
            foreach (var parameter in Discriminator.parameters()) parameter.requires_grad = true;
        }
    }

    private Tensor Latent(int count) => randn(count, Options.Model.LatentSize, generator: latentRandom);

    private void CheckFinite(double value, string quantity)
    {
        if (!double.IsFinite(value)) throw new TrainingDivergedException(Steps + 1, quantity, value);
    }
}
