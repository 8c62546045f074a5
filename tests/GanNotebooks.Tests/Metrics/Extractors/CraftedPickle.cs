using System.IO.Compression;
using System.Text;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>Hand-written pickles and archives for the state-dict reader's error paths.</summary>
internal static class CraftedPickle
{
    /// <summary>A protocol-2 pickle that would call os.system("touch pwned") if executed.</summary>
    public static byte[] OsSystem() => Bytes(
        [0x80, 0x02], Global("os", "system"), Text("touch pwned"), [0x85, (byte)'R', (byte)'.']);

    /// <summary>
    /// A state dict {key: tensor of <paramref name="size"/> floats viewing a storage declared
    /// to hold <paramref name="storageCount"/>}.
    /// </summary>
    public static byte[] OneTensor(int storageCount, int size, string key = "w") => Bytes(
        [0x80, 0x02], Global("collections", "OrderedDict"), [(byte)')', (byte)'R', (byte)'('],
        Text(key), Global("torch._utils", "_rebuild_tensor_v2"), [(byte)'(', (byte)'('],
        Text("storage"), Global("torch", "FloatStorage"), Text("0"), Text("cpu"),
        [(byte)'K', (byte)storageCount, (byte)'t', (byte)'Q'],
        [(byte)'K', 0, (byte)'K', (byte)size, 0x85, (byte)'K', 1, 0x85, 0x89],
        Global("collections", "OrderedDict"), [(byte)')', (byte)'R', (byte)'t', (byte)'R'],
        [(byte)'u', (byte)'.']);

    /// <summary>Writes a zip archive laid out as torch.save lays it out.</summary>
    public static void WriteArchive(string path, byte[] pickle, byte[]? storage0 = null)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(archive, "archive/data.pkl", pickle);
        if (storage0 is not null)
        {
            Add(archive, "archive/data/0", storage0);
        }
    }

    private static void Add(ZipArchive archive, string name, byte[] bytes)
    {
        using var stream = archive.CreateEntry(name, CompressionLevel.NoCompression).Open();
        stream.Write(bytes);
    }

    private static byte[] Global(string module, string name) =>
        Encoding.ASCII.GetBytes($"c{module}\n{name}\n");

    private static byte[] Text(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return Bytes([(byte)'X'], BitConverter.GetBytes(utf8.Length), utf8);
    }

    private static byte[] Bytes(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
}
