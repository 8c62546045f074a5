using System.Text.Json;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics;

/// <summary>Inputs and results written by tests/reference/metrics_reference.py (numpy, scipy).</summary>
internal sealed class MetricsReference
{
    private MetricsReference(JsonElement root)
    {
        Root = root;
    }

    public JsonElement Root { get; }

    public static MetricsReference Load() => new(JsonDocument.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Metrics", "Fixtures", "metrics-reference.json")))
        .RootElement);

    public double Number(string name) => Root.GetProperty(name).GetDouble();

    public double[] Vector(string name) =>
        [.. Root.GetProperty(name).EnumerateArray().Select(v => v.GetDouble())];

    /// <summary>A float64 tensor [N, D] from a nested JSON list.</summary>
    public Tensor Matrix(string name)
    {
        var rows = Root.GetProperty(name).EnumerateArray().ToList();
        var values = rows.SelectMany(row => row.EnumerateArray()).Select(v => v.GetDouble()).ToArray();
        return tensor(values, [rows.Count, values.Length / rows.Count]);
    }
}
