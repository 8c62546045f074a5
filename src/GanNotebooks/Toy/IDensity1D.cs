namespace GanNotebooks.Toy;

/// <summary>A distribution on the real line with an exact density.</summary>
public interface IDensity1D : IToyDistribution
{
    /// <summary>The probability density at <paramref name="x"/>.</summary>
    /// <param name="x">The point.</param>
    /// <returns>p(x), at least 0.</returns>
    double Density(double x);

    /// <summary>The natural logarithm of the density at <paramref name="x"/>, accurate far in the
    /// tails where the density itself underflows to 0.</summary>
    /// <param name="x">The point.</param>
    /// <returns>log p(x); negative infinity where p is exactly 0.</returns>
    double LogDensity(double x);

    /// <summary>
    /// An interval holding all but a negligible part of the mass (less than 1e-30), over which
    /// integrals of this density are taken.
    /// </summary>
    (double Low, double High) MassRange { get; }

    /// <summary>The same distribution moved by <paramref name="offset"/>: q(x) = p(x −
    /// offset).</summary>
    /// <param name="offset">How far to move it.</param>
    /// <returns>The moved distribution.</returns>
    IDensity1D Shifted(double offset);
}
