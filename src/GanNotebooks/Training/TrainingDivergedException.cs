namespace GanNotebooks.Training;

/// <summary>Thrown when a training quantity stops being a finite number.</summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Creates the exception for one quantity at one step.</summary>
    /// <param name="step">The step at which the value appeared.</param>
    /// <param name="quantity">What was measured, e.g. "discriminator loss on real images".</param>
    /// <param name="value">The non-finite value.</param>
    public TrainingDivergedException(long step, string quantity, double value)
        : base($"Training diverged at step {step}: the {quantity} is {value}. "
            + "Lower the learning rate or check the data scaling; the weights were not updated.")
    {
        Step = step;
        Quantity = quantity;
        Value = value;
    }

    /// <summary>The step at which the value appeared.</summary>
    public long Step { get; }

    /// <summary>The quantity that stopped being finite.</summary>
    public string Quantity { get; }

    /// <summary>The non-finite value.</summary>
    public double Value { get; }
}
