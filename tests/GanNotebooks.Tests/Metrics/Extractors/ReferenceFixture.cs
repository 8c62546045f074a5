using System.Text.Json;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>The outputs the Python reference recorded for the synthetic weights.</summary>
internal sealed class ReferenceFixture
{
    private ReferenceFixture(JsonElement root)
    {
        Root = root;
    }

    public JsonElement Root { get; }

    public static string PathOf(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Metrics", "Extractors", "Fixtures", name);

    public static ReferenceFixture Load() =>
        new(JsonDocument.Parse(File.ReadAllText(PathOf("fid-inception-reference.json"))).RootElement);

    public float[] Images => Flat(Root.GetProperty("images"));

    public float[] Features => Flat(Root.GetProperty("features"));

    public float[] Probabilities => Flat(Root.GetProperty("probabilities"));

    public IEnumerable<(string Key, long[] Shape)> Keys =>
        Root.GetProperty("keys").EnumerateArray().Select(pair => (
            pair[0].GetString()!,
            pair[1].EnumerateArray().Select(d => d.GetInt64()).ToArray()));

    public IEnumerable<string> StageNames =>
        Root.GetProperty("stages").EnumerateObject().Select(stage => stage.Name);

    public (long[] Shape, float[] ChannelMeans, float[] FirstValues) Stage(string name)
    {
        var stage = Root.GetProperty("stages").GetProperty(name);
        var shape = stage.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
        var means = Flat(stage.GetProperty("channel_means"));
        return (shape, means, Flat(stage.GetProperty("first_values")));
    }

    private static float[] Flat(JsonElement nested) =>
        nested.EnumerateArray()
            .SelectMany(row => row.EnumerateArray())
            .Select(v => v.GetSingle())
            .ToArray();
}
