using System.Diagnostics;
using GanNotebooks.Data;
using GanNotebooks.Display;
using static TorchSharp.torch;

namespace GanNotebooks.Training;

/// <summary>
/// Runs a <see cref="Gan"/> over the epochs of a dataset: one step per mini-batch, progress
/// through <see cref="IProgress{T}"/>, the metrics of every step, sample grids from fixed noise
/// and checkpoints. A run resumed from a checkpoint continues exactly as the uninterrupted run.
/// </summary>
public sealed class Trainer : IDisposable
{
    private const ulong FixedNoiseSalt = 0x5EED_F1C5;
    private readonly List<StepMetrics> history;
    private readonly List<SampleGrid> samples = [];
    private readonly Tensor fixedLatent;

    /// <summary>Prepares a run, fresh or resumed from a checkpoint.</summary>
    /// <param name="gan">The networks; the trainer does not own them.</param>
    /// <param name="data">The real images; the trainer does not own them.</param>
    /// <param name="options">Length, batch size, sampling and checkpoint settings.</param>
    /// <param name="resumeFrom">
    /// The checkpoint <paramref name="gan"/> was restored from, for its position and history;
    /// null for a fresh run.
    /// </param>
    public Trainer(Gan gan, ImageDataset data, TrainerOptions options, Checkpoint? resumeFrom = null)
    {
        ArgumentNullException.ThrowIfNull(gan);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        Position = resumeFrom?.Position ?? TrainingPosition.Start;
        if (gan.Steps != Position.Step)
        {
            throw new ArgumentException(
                $"Expected the networks at step {Position.Step}, found them at step {gan.Steps}.",
                nameof(gan));
        }

        Gan = gan;
        Options = options;
        Sampler = new MiniBatchSampler(data, options.BatchSize, (int)gan.Options.Seed);
        history = [.. resumeFrom?.History ?? []];

        using var noise = new TorchSharp.torch.Generator((ulong)gan.Options.Seed ^ FixedNoiseSalt);
        fixedLatent = randn(options.SampleCount, gan.Options.Model.LatentSize, generator: noise)
            .DetachFromDisposeScope();
    }

    /// <summary>The networks being trained.</summary>
    public Gan Gan { get; }

    /// <summary>The run's settings.</summary>
    public TrainerOptions Options { get; }

    /// <summary>Draws the batches, seeded by the networks' seed.</summary>
    public MiniBatchSampler Sampler { get; }

    /// <summary>Steps taken and the next batch to draw.</summary>
    public TrainingPosition Position { get; private set; }

    /// <summary>The metrics of every step, including those before a resume.</summary>
    public IReadOnlyList<StepMetrics> History => history;

    /// <summary>The grids made by this trainer, oldest first.</summary>
    public IReadOnlyList<SampleGrid> Samples => samples;

    /// <summary>
    /// Trains until every epoch (or <see cref="TrainerOptions.MaxSteps"/>) is done or
    /// <paramref name="cancellation"/> fires; writes a checkpoint at the end either way.
    /// </summary>
    /// <param name="progress">Receives a report every few steps; may be null.</param>
    /// <param name="cancellation">Stops the run after the current step.</param>
    /// <returns>Where the run stands and how long it took.</returns>
    /// <exception cref="TrainingDivergedException">
    /// A loss stopped being finite; the last checkpoint written stays as it was.
    /// </exception>
    public TrainingResult Run(
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellation = default)
    {
        var watch = Stopwatch.StartNew();
        long firstStep = Position.Step, reportedStep = Position.Step;
        double reportedAt = 0;
        if (Position.Step == 0 && Options.SampleEvery > 0 && samples.Count == 0) samples.Add(Sample());

        bool cancelled = false;
        for (int epoch = Position.Epoch; epoch < Options.Epochs && !cancelled && !LimitReached; epoch++)
        {
            int index = 0;
            foreach (var batch in Sampler.Epoch(epoch))
            {
                using (batch)
                {
                    // Batches before the resume point are drawn (to keep the order) and skipped.
                    if (index++ < Position.Batch) continue;
                    if (LimitReached) break;
                    if (cancellation.IsCancellationRequested)
                    {
                        cancelled = true;
                        break;
                    }

                    var metrics = TakeStep(batch.Images);
                    history.Add(metrics);
                    Position = index == Sampler.BatchesPerEpoch
                        ? new TrainingPosition(metrics.Step, epoch + 1, 0)
                        : new TrainingPosition(metrics.Step, epoch, index);

                    SampleGrid? grid = IsDue(Options.SampleEvery) ? Sample() : null;
                    if (grid is not null) samples.Add(grid);
                    if (IsDue(Options.CheckpointEvery)) SaveCheckpoint();
                    if (grid is not null || IsDue(Options.ProgressEvery) || LimitReached)
                    {
                        double now = watch.Elapsed.TotalMilliseconds;
                        double perStep = (now - reportedAt) / (Position.Step - reportedStep);
                        (reportedAt, reportedStep) = (now, Position.Step);
                        progress?.Report(new TrainingProgress(Position.Step, epoch, metrics, perStep, grid));
                    }
                }
            }
        }

        SaveCheckpoint();
        return new TrainingResult(Position, Position.Step - firstStep, watch.Elapsed, !cancelled);
    }

    /// <summary>Writes metrics of every step so far as CSV (see <see cref="MetricsCsv"/>).</summary>
    /// <param name="path">The CSV file, replaced atomically.</param>
    public void SaveMetrics(string path) => MetricsCsv.Save(path, history);

    /// <summary>Generates the grid of the fixed noise from the current generator.</summary>
    /// <returns>The grid, labelled with the current step.</returns>
    public SampleGrid Sample()
    {
        using var scope = NewDisposeScope();
        return new SampleGrid(Position.Step, ImageGrid.ToPng(Gan.Generate(fixedLatent)));
    }

    /// <summary>Frees the fixed noise; the networks and the data stay with their owner.</summary>
    public void Dispose() => fixedLatent.Dispose();

    private bool LimitReached => Options.MaxSteps > 0 && Position.Step >= Options.MaxSteps;

    private bool IsDue(int every) => every > 0 && Position.Step % every == 0;

    private StepMetrics TakeStep(Tensor real) => Options.Mode == TrainingMode.DiscriminatorOnly
        ? Gan.StepDiscriminator(real)
        : Gan.Step(real);

    private void SaveCheckpoint()
    {
        if (Options.CheckpointPath is null) return;
        Checkpoint.Capture(Gan, Options, Position, history).Save(Options.CheckpointPath);
    }
}
