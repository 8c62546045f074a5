namespace GanNotebooks.Data;

/// <summary>
/// A small, fully specified pseudo-random generator (Steele, Lea and Flood's SplitMix64).
/// </summary>
/// <remarks>
/// NOTE: used instead of System.Random or torch.randperm because neither promises the same
/// sequence for a seed across runtime or libtorch versions, and shuffles must replay exactly.
/// </remarks>
internal struct SplitMix64
{
    private ulong state;

    /// <summary>Starts the generator from a 64-bit seed.</summary>
    public SplitMix64(ulong seed)
    {
        state = seed;
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            state += 0x9E3779B97F4A7C15UL;
            ulong z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without modulo bias.</summary>
    public int NextBelow(int bound)
    {
        ulong range = (ulong)bound;

        // Draws at or above the largest multiple of range would favour small results; redraw them.
        ulong limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong draw;
        do
        {
            draw = NextUInt64();
        }
        while (draw >= limit);

        return (int)(draw % range);
    }
}
