namespace GanNotebooks.Training;

/// <summary>The metrics history inside a checkpoint, as exact binary doubles.</summary>
internal static class CheckpointHistory
{
    public static void Write(BinaryWriter writer, IReadOnlyList<StepMetrics> history)
    {
        writer.Write(history.Count);
        foreach (var m in history)
        {
            writer.Write(m.Step);
            writer.Write(m.LossReal);
            writer.Write(m.LossFake);
            writer.Write(m.AccuracyReal);
            writer.Write(m.AccuracyFake);
            writer.Write(m.LossGenerator);
            writer.Write(m.MeanRealScore);
            writer.Write(m.MeanFakeScore);
            writer.Write(m.GeneratorGradientNorm);
        }
    }

    public static IReadOnlyList<StepMetrics> Read(BinaryReader reader, string source)
    {
        int count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException($"'{source}': expected a history length >= 0, found {count}.");
        var history = new List<StepMetrics>(count);
        for (int i = 0; i < count; i++)
        {
            history.Add(new StepMetrics(
                reader.ReadInt64(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(),
                reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(),
                reader.ReadDouble()));
        }
        return history;
    }
}
