using GanNotebooks.Data;

namespace GanNotebooks.Classification;

/// <summary>The training loop of a <see cref="SemiSupervisedGan"/>.</summary>
public static class SemiSupervisedTraining
{
    /// <summary>
    /// Runs <paramref name="steps"/> steps, each on a batch of the labelled images (cycled, in a
    /// seeded order) and a batch of unlabelled images from <paramref name="unlabelled"/> (their
    /// labels are never read).
    /// </summary>
    /// <param name="gan">The semi-supervised GAN to train.</param>
    /// <param name="labelled">The few labelled images.</param>
    /// <param name="unlabelled">The images used without their labels, e.g. all 60,000.</param>
    /// <param name="steps">Number of steps.</param>
    /// <param name="batchSize">Unlabelled images per step; labelled ones are capped at their count.</param>
    /// <param name="seed">Seeds the batch orders.</param>
    /// <param name="progress">Receives the metrics of every 50th step; may be null.</param>
    /// <returns>The metrics of every step.</returns>
    public static IReadOnlyList<SemiSupervisedMetrics> Train(
        SemiSupervisedGan gan,
        ImageDataset labelled,
        ImageDataset unlabelled,
        int steps,
        int batchSize,
        int seed,
        IProgress<SemiSupervisedMetrics>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(gan);
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(unlabelled);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);

        var labelledBatches = Cycle(new MiniBatchSampler(labelled, Math.Min(batchSize, labelled.Count), seed));
        var unlabelledBatches = Cycle(new MiniBatchSampler(unlabelled, batchSize, seed + 1));
        var history = new List<SemiSupervisedMetrics>(steps);
        using var labelledEnumerator = labelledBatches.GetEnumerator();
        using var unlabelledEnumerator = unlabelledBatches.GetEnumerator();
        for (int step = 0; step < steps; step++)
        {
            labelledEnumerator.MoveNext();
            unlabelledEnumerator.MoveNext();
            using var few = labelledEnumerator.Current;
            using var many = unlabelledEnumerator.Current;
            var metrics = gan.Step(few.Images, few.Labels, many.Images);
            history.Add(metrics);
            if (metrics.Step % 50 == 0) progress?.Report(metrics);
        }
        return history;
    }

    private static IEnumerable<MiniBatch> Cycle(MiniBatchSampler sampler)
    {
        for (int epoch = 0; ; epoch++)
        {
            foreach (var batch in sampler.Epoch(epoch)) yield return batch;
        }
    }
}
