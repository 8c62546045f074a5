using System.Text.Json.Nodes;

namespace GanNotebooks.Cli.Notebooks;

/// <summary>The code cells of a notebook file and the outputs stored with them.</summary>
public sealed class ExecutedNotebook
{
    private readonly List<JsonArray> outputs;

    private ExecutedNotebook(List<JsonArray> outputs) => this.outputs = outputs;

    /// <summary>Number of code cells.</summary>
    public int CodeCells => outputs.Count;

    /// <summary>Reads a .ipynb file.</summary>
    /// <param name="path">The notebook file.</param>
    /// <returns>Its code cells and their outputs.</returns>
    /// <exception cref="InvalidDataException">The file is not a notebook in nbformat 4.</exception>
    public static ExecutedNotebook Load(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
        if (root?["cells"] is not JsonArray cells)
        {
            throw new InvalidDataException($"{path} has no \"cells\" array; expected nbformat 4.");
        }
        var code = cells
            .Where(c => (string?)c?["cell_type"] == "code")
            .Select(c => c?["outputs"] as JsonArray ?? [])
            .ToList();
        return new ExecutedNotebook(code);
    }

    /// <summary>Whether any code cell holds an output.</summary>
    public bool HasAnyOutput => outputs.Any(o => o.Count > 0);

    /// <summary>The first code cell with an error output, and the error on one line.</summary>
    /// <returns>The 1-based cell number and message, or null when no cell failed.</returns>
    public (int Cell, string Message)? FirstError()
    {
        for (int i = 0; i < outputs.Count; i++)
        {
            foreach (var output in outputs[i])
            {
                if ((string?)output?["output_type"] != "error") continue;
                string message = $"{(string?)output["ename"]}: {(string?)output["evalue"]}";
                return (i + 1, OneLine(message));
            }
        }
        return null;
    }

    /// <summary>Whether any output carries data of the given MIME type, e.g. <c>image/png</c>.</summary>
    /// <param name="mimeType">The MIME type to look for.</param>
    /// <returns>True when at least one output has it.</returns>
    public bool HasOutput(string mimeType) => AllOutputs().Any(o => o["data"]?[mimeType] is not null);

    /// <summary>Whether any output's data of <paramref name="mimeType"/> contains <paramref name="text"/>.</summary>
    /// <param name="mimeType">The MIME type, e.g. <c>text/html</c>.</param>
    /// <param name="text">The text to look for.</param>
    /// <returns>True when one output's data holds the text.</returns>
    public bool HasOutputContaining(string mimeType, string text) =>
        AllOutputs().Any(o => Text(o["data"]?[mimeType]).Contains(text, StringComparison.Ordinal));

    /// <summary>
    /// How many outputs carry data of <paramref name="mimeType"/> containing <paramref name="text"/>.
    /// </summary>
    /// <param name="mimeType">The MIME type, e.g. <c>text/html</c>.</param>
    /// <param name="text">The text to look for; empty counts every output of the type.</param>
    /// <returns>The number of such outputs.</returns>
    public int CountOutputsContaining(string mimeType, string text) =>
        AllOutputs().Count(o => o["data"]?[mimeType] is { } data
            && Text(data).Contains(text, StringComparison.Ordinal));

    /// <summary>Whether a cell printed <paramref name="text"/> to its standard output or error.</summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>True when one stream output holds the text.</returns>
    public bool HasPrinted(string text) =>
        AllOutputs().Any(o => (string?)o["output_type"] == "stream"
            && Text(o["text"]).Contains(text, StringComparison.Ordinal));

    private IEnumerable<JsonNode> AllOutputs() => outputs.SelectMany(o => o).OfType<JsonNode>();

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => node.GetValueKind() == System.Text.Json.JsonValueKind.String ? (string?)node ?? "" : node.ToJsonString(),
    };

    private static string OneLine(string text)
    {
        string line = string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim()));
        return line.Length <= 300 ? line : line[..297] + "...";
    }
}
