using System.Diagnostics;
using GanNotebooks.Data;
using GanNotebooks.Models;
using GanNotebooks.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Bench;

/// <summary>
/// The measurements of <c>gan bench</c>. Each is taken in this process, so the matrix-multiply
/// rate measured first is the ceiling the training step is compared with.
/// </summary>
public static class Benchmarks
{
    /// <summary>Matrix product rate of this machine, 2048x2048, best of several runs.</summary>
    /// <param name="type">The element type; float32 gives the ceiling the step is compared with.</param>
    /// <returns>GFLOP/s.</returns>
    public static double MatmulGflops(ScalarType type = ScalarType.Float32)
    {
        const int n = 2048;
        using var scope = NewDisposeScope();
        var a = randn(n, n).to_type(type);
        var b = randn(n, n).to_type(type);
        for (int i = 0; i < 3; i++) matmul(a, b).Dispose();

        double best = double.MaxValue;
        for (int i = 0; i < 10; i++)
        {
            var clock = Stopwatch.StartNew();
            matmul(a, b).Dispose();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return 2.0 * n * n * n / best / 1e9;
    }

    /// <summary>
    /// Floating-point operations of one training step: the discriminator update (G forward on the
    /// batch, D forward and backward on real and fake, i.e. 3 x D on 2 batches) and the generator
    /// update (G forward and backward, 3 x G; D forward and the backward to its input only, 2 x D).
    /// </summary>
    /// <param name="options">Network sizes.</param>
    /// <param name="batchSize">The batch size.</param>
    /// <returns>FLOP per step.</returns>
    public static double StepFlops(ModelOptions options, int batchSize)
    {
        using var generator = new Models.Generator(options);
        using var discriminator = new Discriminator(options);
        using var scope = NewDisposeScope();
        double g = FlopCounter.Forward(generator, randn(batchSize, options.LatentSize));
        double d = FlopCounter.Forward(discriminator, randn(batchSize, 1, 28, 28));
        return g + 3 * 2 * d + 3 * g + 2 * d;
    }

    /// <summary>
    /// The classic settings with one discriminator update per step, so that a timed step is the
    /// one <see cref="StepFlops"/> counts: the discriminator on N real and N generated images,
    /// then the generator through it on N.
    /// </summary>
    /// <param name="options">Network sizes.</param>
    /// <returns>The settings every step benchmark trains with.</returns>
    public static GanOptions StepOptions(ModelOptions options) =>
        GanOptions.Classic with { Model = options, DiscriminatorSteps = 1 };

    /// <summary>Median wall time of a training step on real Fashion-MNIST batches.</summary>
    /// <param name="train">The training images.</param>
    /// <param name="options">Network sizes.</param>
    /// <param name="batchSize">The batch size.</param>
    /// <param name="steps">Timed steps, after three warm-up steps.</param>
    /// <returns>Milliseconds per step.</returns>
    public static double StepMilliseconds(ImageDataset train, ModelOptions options, int batchSize, int steps)
    {
        using var gan = new Gan(StepOptions(options));
        return MedianStepMilliseconds(train, batchSize, steps, images => gan.Step(images));
    }

    /// <summary>
    /// Median wall time of a mixed-precision training step: bfloat16 networks, float32 master
    /// weights (see <see cref="BFloat16Step"/>), on the same batches as <see cref="StepMilliseconds"/>.
    /// </summary>
    /// <param name="train">The training images.</param>
    /// <param name="options">Network sizes.</param>
    /// <param name="batchSize">The batch size.</param>
    /// <param name="steps">Timed steps, after three warm-up steps.</param>
    /// <returns>Milliseconds per step.</returns>
    public static double BFloat16StepMilliseconds(ImageDataset train, ModelOptions options, int batchSize, int steps)
    {
        using var step = new BFloat16Step(StepOptions(options));
        return MedianStepMilliseconds(train, batchSize, steps, images => step.Step(images));
    }

    private static double MedianStepMilliseconds(
        ImageDataset train, int batchSize, int steps, Action<Tensor> step)
    {
        var sampler = new MiniBatchSampler(train, batchSize, seed: 1);
        var times = new List<double>();
        int taken = 0;
        foreach (var batch in Batches(sampler).Take(steps + 3))
        {
            using (batch)
            {
                var clock = Stopwatch.StartNew();
                step(batch.Images);
                if (taken++ >= 3) times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>
    /// Resident memory of the process and live TorchSharp tensors while training, sampled every
    /// 100 steps. A leak of tensors shows in the count exactly; resident memory also moves with
    /// the allocator.
    /// </summary>
    /// <param name="train">The training images.</param>
    /// <param name="options">Network sizes.</param>
    /// <param name="batchSize">The batch size.</param>
    /// <param name="steps">Steps to train (at least 200).</param>
    /// <returns>Resident megabytes and live tensors every 100 steps.</returns>
    public static MemoryProfile MemoryOverSteps(
        ImageDataset train, ModelOptions options, int batchSize, int steps)
    {
        using var gan = new Gan(StepOptions(options));
        var sampler = new MiniBatchSampler(train, batchSize, seed: 1);
        using var process = Process.GetCurrentProcess();
        var samples = new List<MemorySample>();
        int step = 0;
        foreach (var batch in Batches(sampler).Take(steps))
        {
            using (batch) gan.Step(batch.Images);
            if (++step % 100 != 0) continue;

            process.Refresh();
            samples.Add(new MemorySample(
                step, process.WorkingSet64 / 1e6, DisposeScopeManager.Statistics.ThreadTotalLiveCount));
        }
        return new MemoryProfile(samples);
    }

    /// <summary>Time to load, check and convert all 70,000 Fashion-MNIST images.</summary>
    /// <returns>Milliseconds.</returns>
    public static double LoadMilliseconds()
    {
        var clock = Stopwatch.StartNew();
        using (FashionMnist.Load(DatasetSplit.Train))
        using (FashionMnist.Load(DatasetSplit.Test))
        {
            return clock.Elapsed.TotalMilliseconds;
        }
    }

    /// <summary>
    /// Time of the FID at Inception's size: the float64 statistics of two sets of 10,000 random
    /// 2,048-d float32 features, then the distance between them. The best of two runs is kept:
    /// the first also pays for the operating system's first touch of a few hundred megabytes.
    /// </summary>
    /// <param name="count">Samples per set.</param>
    /// <param name="dimension">Feature dimension.</param>
    /// <returns>Seconds for the statistics of both sets, for the distance, and the distance.</returns>
    public static (double StatisticsSeconds, double DistanceSeconds, double Distance) FidSeconds(
        int count = 10_000, int dimension = 2048)
    {
        using var scope = NewDisposeScope();
        using var random = new TorchSharp.torch.Generator(1);
        var first = randn(count, dimension, generator: random);
        var second = randn(count, dimension, generator: random).mul_(1.1).add_(0.1);

        double statistics = double.MaxValue, distance = double.MaxValue, fid = 0;
        for (int run = 0; run < 2; run++)
        {
            var clock = Stopwatch.StartNew();
            var firstStatistics = Metrics.FeatureStatistics.FromFeatures(first);
            var secondStatistics = Metrics.FeatureStatistics.FromFeatures(second);
            statistics = Math.Min(statistics, clock.Elapsed.TotalSeconds);

            clock.Restart();
            fid = Metrics.FrechetDistance.Compute(firstStatistics, secondStatistics).Distance;
            distance = Math.Min(distance, clock.Elapsed.TotalSeconds);
        }
        return (statistics, distance, fid);
    }

    /// <summary>
    /// The reference for the FID statistics: the same float64 centring of two 10,000 x 2,048 sets
    /// followed by one plain X^T X product each, which multiplies both triangles; best of two runs.
    /// </summary>
    /// <param name="count">Samples per set.</param>
    /// <param name="dimension">Feature dimension.</param>
    /// <returns>Seconds for both sets.</returns>
    public static double FullGramSeconds(int count = 10_000, int dimension = 2048)
    {
        using var scope = NewDisposeScope();
        using var random = new TorchSharp.torch.Generator(1);
        var sets = new[] { randn(count, dimension, generator: random), randn(count, dimension, generator: random) };

        double best = double.MaxValue;
        for (int run = 0; run < 2; run++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var set in sets)
            {
                using var inner = NewDisposeScope();
                var x = set.to_type(ScalarType.Float64);
                var centred = x - x.mean([0]);
                centred.t().mm(centred).div_(count - 1);
            }
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static IEnumerable<MiniBatch> Batches(MiniBatchSampler sampler)
    {
        for (int epoch = 0; ; epoch++)
        {
            foreach (var batch in sampler.Epoch(epoch)) yield return batch;
        }
    }
}
