namespace GanNotebooks.Training;

/// <summary>The one check every optimiser setting of the library shares.</summary>
internal static class LearningRateCheck
{
    /// <summary>Throws unless <paramref name="value"/> is positive and finite.</summary>
    /// <param name="value">The learning rate.</param>
    /// <param name="name">The setting's name, for the message.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero, negative, infinite or NaN.</exception>
    public static void ThrowIfInvalid(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(
                name, value, $"{name} must be a positive, finite learning rate.");
        }
    }
}
