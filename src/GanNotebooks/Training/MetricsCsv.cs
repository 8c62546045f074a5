using System.Globalization;

namespace GanNotebooks.Training;

/// <summary>
/// Writes and reads a metrics history as CSV: a fixed header, one row per step, invariant
/// culture, numbers in round-trip form so that reading gives back exactly what was written.
/// </summary>
public static class MetricsCsv
{
    /// <summary>The header line; columns follow <see cref="StepMetrics"/>'s fields in order.</summary>
    public const string Header =
        "step,loss_real,loss_fake,accuracy_real,accuracy_fake,loss_generator,"
        + "mean_real_score,mean_fake_score,generator_gradient_norm";

    private static readonly int ColumnCount = Header.Split(',').Length;

    /// <summary>Writes the header and one line per step.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="history">The steps, in order.</param>
    public static void Write(TextWriter writer, IEnumerable<StepMetrics> history)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(history);
        writer.WriteLine(Header);
        foreach (var m in history)
        {
            double[] values =
            [
                m.LossReal, m.LossFake, m.AccuracyReal, m.AccuracyFake, m.LossGenerator,
                m.MeanRealScore, m.MeanFakeScore, m.GeneratorGradientNorm,
            ];
            writer.Write(m.Step.ToString(CultureInfo.InvariantCulture));
            foreach (double value in values)
            {
                writer.Write(',');
                writer.Write(value.ToString("R", CultureInfo.InvariantCulture));
            }
            writer.WriteLine();
        }
    }

    /// <summary>Writes the history to a file, replacing it atomically.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="history">The steps, in order.</param>
    public static void Save(string path, IEnumerable<StepMetrics> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, leaveOpen: true);
            Write(writer, history);
        });
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file name or other source, for error messages.</param>
    /// <returns>The steps, in file order.</returns>
    /// <exception cref="InvalidDataException">The header or a row is not as written.</exception>
    public static IReadOnlyList<StepMetrics> Read(TextReader reader, string source = "CSV")
    {
        ArgumentNullException.ThrowIfNull(reader);
        string? header = reader.ReadLine();
        if (header != Header)
        {
            throw new InvalidDataException(
                $"{source}: expected the header '{Header}', found '{header ?? "(empty file)"}'.");
        }

        var history = new List<StepMetrics>();
        int line = 1;
        for (string? row = reader.ReadLine(); row is not null; row = reader.ReadLine())
        {
            line++;
            string[] cells = row.Split(',');
            if (cells.Length != ColumnCount)
            {
                throw new InvalidDataException(
                    $"{source} line {line}: expected {ColumnCount} columns, found {cells.Length}.");
            }
            var v = cells.Skip(1).Select(c => Parse(c, source, line)).ToArray();
            long step = long.Parse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture);
            history.Add(new StepMetrics(step, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
        }
        return history;
    }

    /// <summary>Reads a CSV file written by <see cref="Save"/>.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The steps, in file order.</returns>
    public static IReadOnlyList<StepMetrics> Load(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    private static double Parse(string cell, string source, int line) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new InvalidDataException($"{source} line {line}: '{cell}' is not a number.");
}
