namespace GanNotebooks.Toy;

/// <summary>A distribution of points in one or two dimensions that can be sampled.</summary>
public interface IToyDistribution
{
    /// <summary>The number of coordinates of a point: 1 or 2.</summary>
    int Dimensions { get; }

    /// <summary>Draws independent points.</summary>
    /// <param name="count">How many points, at least 1.</param>
    /// <param name="random">The seeded stream to draw from; it advances.</param>
    /// <returns>The points, one per row: [count, <see cref="Dimensions"/>].</returns>
    double[,] Sample(int count, ToyRandom random);
}
