namespace GanNotebooks.Training;

/// <summary>How a call to <see cref="Trainer.Run"/> ended.</summary>
/// <param name="Position">Where the run stands now.</param>
/// <param name="StepsThisRun">Steps taken by this call (a resumed run counts from its start).</param>
/// <param name="Elapsed">Wall time of this call.</param>
/// <param name="Completed">True when every epoch (or the step limit) was done; false when cancelled.</param>
public sealed record TrainingResult(
    TrainingPosition Position, long StepsThisRun, TimeSpan Elapsed, bool Completed)
{
    /// <summary>Mean wall time per step of this call, including sampling and checkpoints.</summary>
    public double MillisecondsPerStep =>
        StepsThisRun == 0 ? double.NaN : Elapsed.TotalMilliseconds / StepsThisRun;
}
