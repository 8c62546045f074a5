namespace GanNotebooks.Models;

/// <summary>
/// Sizes of the classic 28x28 generator and discriminator. <see cref="Width"/> scales every
/// filter count and the generator's dense layer, so that quick runs can use a smaller network
/// with the same shape.
/// </summary>
/// <param name="LatentSize">Length of the latent vector the generator reads.</param>
/// <param name="Width">Multiplier on the filter counts; 1 gives the classic sizes.</param>
public sealed record ModelOptions(int LatentSize = 100, double Width = 1.0)
{
    /// <summary>Filters of each discriminator convolution (64 at width 1).</summary>
    public int DiscriminatorFilters => Scale(64);

    /// <summary>Channels of the generator's 7x7 seed and of its transposed convolutions (128 at width 1).</summary>
    public int GeneratorFilters => Scale(128);

    /// <summary>Throws when a size is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A size is not positive.</exception>
    public void Validate()
    {
        if (LatentSize < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(LatentSize), LatentSize, "The latent size must be at least 1.");
        }
        if (!(Width > 0) || Scale(64) < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Width), Width, "The width must be positive and leave at least one filter.");
        }
    }

    /// <summary>The given options, or the classic ones when null, after <see cref="Validate"/>.</summary>
    /// <param name="options">Options to check; null for the classic sizes.</param>
    /// <returns>Valid options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is out of range.</exception>
    internal static ModelOptions Checked(ModelOptions? options)
    {
        var checkedOptions = options ?? new ModelOptions();
        checkedOptions.Validate();
        return checkedOptions;
    }

    private int Scale(int filters) => (int)Math.Round(filters * Width);
}
