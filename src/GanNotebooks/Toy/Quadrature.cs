namespace GanNotebooks.Toy;

/// <summary>Composite Simpson quadrature in double precision.</summary>
/// <remarks>
/// NOTE: a fixed fine grid rather than an adaptive rule: the integrands of this course are smooth
/// on ranges of a few dozen standard deviations, where 20,000 intervals bring Simpson's error far
/// below 1e-9, and a fixed grid lets a network be evaluated on all points in one batch.
/// </remarks>
public static class Quadrature
{
    /// <summary>The default number of intervals.</summary>
    public const int DefaultIntervals = 20_000;

    /// <summary>The points of a grid of <paramref name="intervals"/> equal intervals on [a,
    /// b].</summary>
    /// <param name="low">The lower end a.</param>
    /// <param name="high">The upper end b, above a.</param>
    /// <param name="intervals">Number of intervals: even, at least 2.</param>
    /// <returns>intervals + 1 points, from a to b.</returns>
    public static double[] Grid(double low, double high, int intervals = DefaultIntervals)
    {
        CheckRange(low, high, intervals);
        double step = (high - low) / intervals;
        var points = new double[intervals + 1];
        for (int i = 0; i <= intervals; i++) points[i] = low + i * step;
        points[intervals] = high;
        return points;
    }

    /// <summary>∫ f(x) dx over [a, b] by the composite Simpson rule.</summary>
    /// <param name="integrand">The function f; must be finite on the grid.</param>
    /// <param name="low">The lower end a.</param>
    /// <param name="high">The upper end b, above a.</param>
    /// <param name="intervals">Number of intervals: even, at least 2.</param>
    /// <returns>The integral.</returns>
    public static double Simpson(Func<double, double> integrand, double low, double high,
        int intervals = DefaultIntervals)
    {
        ArgumentNullException.ThrowIfNull(integrand);
        double[] values = Grid(low, high, intervals).Select(integrand).ToArray();
        return Simpson(values, (high - low) / intervals);
    }

    /// <summary>The composite Simpson rule applied to values taken on an equally spaced
    /// grid.</summary>
    /// <param name="values">f at the grid points; an odd count, at least 3, all finite.</param>
    /// <param name="step">The spacing of the grid.</param>
    /// <returns>The integral.</returns>
    public static double Simpson(IReadOnlyList<double> values, double step)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 3 || values.Count % 2 == 0)
        {
            throw new ArgumentException(
                $"Expected an odd number of grid values, at least 3, found {values.Count}.",
                nameof(values));
        }
        if (!(step > 0) || !double.IsFinite(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step,
                "Expected a positive, finite step.");
        }

        double sum = values[0] + values[^1];
        for (int i = 1; i < values.Count - 1; i++)
        {
            double value = values[i];
            if (!double.IsFinite(value))
            {
                throw new ArgumentException(
                    $"Expected finite integrand values, found {value} at grid point {i}.",
                    nameof(values));
            }
            sum += (i % 2 == 1 ? 4 : 2) * value;
        }
        if (!double.IsFinite(sum))
        {
            throw new ArgumentException(
                "Expected finite integrand values at the ends of the range.", nameof(values));
        }
        return sum * step / 3;
    }

    private static void CheckRange(double low, double high, int intervals)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || !(high > low))
        {
            throw new ArgumentException(
                $"Expected finite ends with low < high, found [{low}, {high}].");
        }
        if (intervals < 2 || intervals % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(intervals), intervals,
                "Simpson's rule needs an even number of intervals, at least 2.");
        }
    }
}
