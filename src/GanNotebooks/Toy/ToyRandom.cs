using GanNotebooks.Data;

namespace GanNotebooks.Toy;

/// <summary>
/// A seeded source of uniform and standard normal numbers for the toy distributions, the same
/// sequence for a seed on every machine and runtime.
/// </summary>
/// <remarks>
/// NOTE: built on SplitMix64 rather than System.Random, whose sequence for a seed is not
/// promised across runtime versions; toy runs must replay exactly.
/// </remarks>
public sealed class ToyRandom
{
    private SplitMix64 bits;
    private double? spareNormal;

    /// <summary>Starts the stream from a seed.</summary>
    /// <param name="seed">Any 64-bit number; equal seeds give equal streams.</param>
    public ToyRandom(long seed)
    {
        bits = new SplitMix64(unchecked((ulong)seed));
    }

    /// <summary>A uniform number in the open interval (0, 1).</summary>
    /// <returns>The number; never exactly 0 or 1.</returns>
    public double NextUniform() => ((bits.NextUInt64() >> 11) + 0.5) / (1UL << 53);

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    /// <param name="bound">The exclusive upper bound, at least 1.</param>
    /// <returns>The integer.</returns>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bound, 1);
        return bits.NextBelow(bound);
    }

    /// <summary>A standard normal number (Box-Muller transform, both values used).</summary>
    /// <returns>The number.</returns>
    public double NextNormal()
    {
        if (spareNormal is double spare)
        {
            spareNormal = null;
            return spare;
        }

        double radius = Math.Sqrt(-2 * Math.Log(NextUniform()));
        double angle = 2 * Math.PI * NextUniform();
        spareNormal = radius * Math.Sin(angle);
        return radius * Math.Cos(angle);
    }
}
