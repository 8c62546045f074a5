using System.Buffers.Binary;
using System.IO.Compression;
using GanNotebooks.Data;

namespace GanNotebooks.Tests.Data;

/// <summary>Builds small IDX files in memory and on disk, valid or damaged on purpose.</summary>
internal static class IdxTestFiles
{
    /// <summary>A big-endian IDX header: the magic number, then one size per dimension.</summary>
    public static byte[] Header(int magic, params int[] sizes)
    {
        byte[] header = new byte[4 * (1 + sizes.Length)];
        BinaryPrimitives.WriteInt32BigEndian(header, magic);
        for (int i = 0; i < sizes.Length; i++)
        {
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 * (i + 1)), sizes[i]);
        }

        return header;
    }

    /// <summary>The pixel that image <paramref name="image"/> has at <paramref name="offset"/>.
    /// </summary>
    public static byte Pixel(int image, int offset) => (byte)((image * 31 + offset * 7) % 256);

    /// <summary>An images file of <paramref name="count"/> images of the given size.</summary>
    public static byte[] Images(int count, int rows = 28, int columns = 28,
        int magic = IdxReader.ImagesMagic)
    {
        byte[] header = Header(magic, count, rows, columns);
        byte[] body = new byte[count * rows * columns];
        for (int i = 0; i < body.Length; i++)
        {
            body[i] = Pixel(i / (rows * columns), i % (rows * columns));
        }

        return [.. header, .. body];
    }

    /// <summary>A labels file holding <paramref name="labels"/>.</summary>
    public static byte[] Labels(byte[] labels, int magic = IdxReader.LabelsMagic) =>
        [.. Header(magic, labels.Length), .. labels];

    /// <summary>Labels 0, 1, ..., 9, 0, 1, ... of the given count.</summary>
    public static byte[] CyclingLabels(int count) =>
        [.. Enumerable.Range(0, count).Select(i => (byte)(i % 10))];

    /// <summary>Writes <paramref name="content"/>, gzipped when the name ends in .gz.</summary>
    public static string Write(string path, byte[] content)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal))
        {
            File.WriteAllBytes(path, content);
            return path;
        }

        using FileStream file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(content);
        return path;
    }

    /// <summary>Writes a valid images and labels pair for one split into a folder.</summary>
    public static void WriteSplit(string folder, DatasetSplit split, int count, bool gzip)
    {
        string suffix = gzip ? ".gz" : string.Empty;
        Write(Path.Combine(folder, IdxFileNames.Images(split) + suffix), Images(count));
        Write(Path.Combine(folder, IdxFileNames.Labels(split) + suffix),
            Labels(CyclingLabels(count)));
    }
}
