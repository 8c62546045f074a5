using System.Buffers.Binary;
using System.IO.Compression;

namespace GanNotebooks.Data;

/// <summary>
/// Reads IDX files of unsigned bytes (the MNIST format), gzipped (<c>.gz</c>) or raw, and checks
/// every promise their header makes before the bytes reach a model.
/// </summary>
/// <remarks>
/// An IDX file is a big-endian header, a magic number whose last two bytes give the element type
/// (<c>0x08</c>, unsigned byte) and the number of dimensions, then one 32-bit size per dimension,
/// followed by the elements in row-major order.
/// </remarks>
public static class IdxReader
{
    /// <summary>The magic number of an images file: unsigned bytes, 3 dimensions.</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>The magic number of a labels file: unsigned bytes, 1 dimension.</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>The height and width every image must have.</summary>
    public const int ImageSide = 28;

    /// <summary>The bytes of one image: <see cref="ImageSide"/> squared.</summary>
    public const int PixelsPerImage = ImageSide * ImageSide;

    /// <summary>The number of classes; labels run from 0 to one less.</summary>
    public const int ClassCount = 10;

    /// <summary>Reads an images file: N images of 28x28 grayscale bytes.</summary>
    /// <param name="path">The file; a name ending in <c>.gz</c> is read through gzip.</param>
    /// <returns>The pixels, image after image, row after row: N * 784 bytes.</returns>
    /// <exception cref="DataFileException">
    /// The file is missing, not gzip despite its name, has the wrong magic number or image size,
    /// or holds fewer or more bytes than its header promises.
    /// </exception>
    public static byte[] ReadImages(string path) =>
        Read(path, ImagesMagic, "images", ReadImageContent);

    /// <summary>Reads a labels file: N bytes, each a class from 0 to 9.</summary>
    /// <param name="path">The file; a name ending in <c>.gz</c> is read through gzip.</param>
    /// <returns>The labels, one byte each.</returns>
    /// <exception cref="DataFileException">
    /// The file is missing, not gzip despite its name, has the wrong magic number, holds fewer or
    /// more bytes than its header promises, or holds a label outside 0 to 9.
    /// </exception>
    public static byte[] ReadLabels(string path) =>
        Read(path, LabelsMagic, "labels", ReadLabelContent);

    private static byte[] Read(
        string path, int magic, string kind, Func<string, Stream, byte[]> readContent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new DataFileException(path,
                $"IDX {kind} file '{path}' not found. " + IdxFileNames.HowToGetData);
        }

        bool gzipped = path.EndsWith(IdxFileNames.GzipSuffix, StringComparison.OrdinalIgnoreCase);
        try
        {
            using FileStream file = File.OpenRead(path);
            using Stream content =
                gzipped ? new GZipStream(file, CompressionMode.Decompress) : file;
            return readContent(path, content);
        }
        catch (InvalidDataException e) when (gzipped)
        {
            // GZipStream's own message names no file; a learner needs to know which one to replace.
            throw new DataFileException(path,
                $"'{path}' is not a valid gzip stream: expected gzip data because the name ends "
                + $"in .gz, found bytes that do not decompress ({e.Message}).", e);
        }
    }

    private static byte[] ReadImageContent(string path, Stream content)
    {
        int[] sizes = ReadHeader(path, content, ImagesMagic, "images");
        int count = sizes[0];
        if (sizes[1] != ImageSide || sizes[2] != ImageSide)
        {
            throw new DataFileException(path,
                $"'{path}' holds images of {sizes[1]}x{sizes[2]} pixels; expected "
                + $"{ImageSide}x{ImageSide}.");
        }

        return ReadBody(path, content, HeaderBytes(3), (long)count * PixelsPerImage,
            $"{count} images of {ImageSide}x{ImageSide}");
    }

    private static byte[] ReadLabelContent(string path, Stream content)
    {
        int count = ReadHeader(path, content, LabelsMagic, "labels")[0];
        byte[] labels = ReadBody(path, content, HeaderBytes(1), count, $"{count} labels");

        int bad = labels.AsSpan().IndexOfAnyExceptInRange((byte)0, (byte)(ClassCount - 1));
        if (bad >= 0)
        {
            throw new DataFileException(path,
                $"'{path}' holds label {labels[bad]} at index {bad}; expected labels 0 to "
                + $"{ClassCount - 1}.");
        }

        return labels;
    }

    private static int HeaderBytes(int dimensions) => 4 * (1 + dimensions);

    private static int[] ReadHeader(string path, Stream content, int expectedMagic, string kind)
    {
        int dimensions = expectedMagic & 0xFF;
        byte[] header = new byte[HeaderBytes(dimensions)];

        // The magic number first, on its own: a wrong file is better named as wrong than as short.
        int read = content.ReadAtLeast(header.AsSpan(0, 4), 4, throwOnEndOfStream: false);
        if (read == 4)
        {
            int magic = BinaryPrimitives.ReadInt32BigEndian(header);
            if (magic != expectedMagic)
            {
                throw new DataFileException(path,
                    $"'{path}' has magic number 0x{magic:X8}; expected 0x{expectedMagic:X8} (an "
                    + $"IDX {kind} file of unsigned bytes in {dimensions} dimensions)."
                    + MagicHint(header));
            }

            read += content.ReadAtLeast(
                header.AsSpan(4), header.Length - 4, throwOnEndOfStream: false);
        }

        if (read < header.Length)
        {
            throw new DataFileException(path,
                $"'{path}' is truncated: expected an IDX {kind} header of {header.Length} bytes, "
                + $"found {read} bytes in the whole file.");
        }

        int[] sizes = new int[dimensions];
        for (int i = 0; i < dimensions; i++)
        {
            sizes[i] = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4 * (i + 1)));
        }

        if (sizes[0] < 1)
        {
            throw new DataFileException(path,
                $"'{path}' has a header promising {sizes[0]} {kind}; expected at least one.");
        }

        return sizes;
    }

    private static string MagicHint(ReadOnlySpan<byte> header)
    {
        // The two slips seen in practice: a gunzipped name on gzipped bytes, and swapped files.
        if (header[0] == 0x1F && header[1] == 0x8B)
        {
            return " The file looks gzipped: give it a .gz name.";
        }

        int magic = BinaryPrimitives.ReadInt32BigEndian(header);
        return magic switch
        {
            ImagesMagic => " It looks like an images file.",
            LabelsMagic => " It looks like a labels file.",
            _ => string.Empty,
        };
    }

    private static byte[] ReadBody(
        string path, Stream content, int headerBytes, long bodyBytes, string promise)
    {
        long expected = headerBytes + bodyBytes;
        if (bodyBytes > Array.MaxLength)
        {
            throw new DataFileException(path,
                $"'{path}' has a header promising {promise} ({expected} bytes); expected at most "
                + $"{Array.MaxLength} bytes of data, the most one array can hold.");
        }

        // One read into one array: decompressing straight into the final buffer is what keeps
        // 70,000 images well under a second.
        byte[] body = new byte[bodyBytes];
        int read = content.ReadAtLeast(body, body.Length, throwOnEndOfStream: false);
        if (read < body.Length)
        {
            throw new DataFileException(path,
                $"'{path}' is truncated: its header promises {promise}, so expected {expected} "
                + $"bytes, found {headerBytes + read}.");
        }

        long extra = CountRemainingBytes(content);
        if (extra > 0)
        {
            throw new DataFileException(path,
                $"'{path}' has {extra} bytes of trailing data: its header promises {promise}, so "
                + $"expected {expected} bytes, found {expected + extra}.");
        }

        return body;
    }

    private static long CountRemainingBytes(Stream content)
    {
        byte[] scratch = new byte[81920];
        long total = 0;
        int read;
        while ((read = content.Read(scratch)) > 0)
        {
            total += read;
        }

        return total;
    }
}
