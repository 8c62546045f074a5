using System.Buffers.Binary;
using System.IO.Compression;

namespace GanNotebooks.Data;

/// <summary>
/// Decodes the PNG files an image folder holds: 8-bit grayscale, grayscale with alpha, RGB or
/// RGBA, not interlaced. Colour is turned into gray with the ITU-R 601 luma weights, as PIL's
/// <c>convert("L")</c> does.
/// </summary>
/// <remarks>
/// NOTE: chunk CRCs are not verified and alpha is dropped; a damaged stream still fails in the
/// zlib decoder or the size checks, and generated images have no use for transparency.
/// </remarks>
public static class PngDecoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10];

    /// <summary>Decodes a PNG file to one gray byte per pixel.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The pixels, row after row, and the image size.</returns>
    /// <exception cref="DataFileException">The file is missing, not a PNG, or of a kind this
    /// decoder does not read; the message says which.</exception>
    public static (byte[] Pixels, int Width, int Height) DecodeFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new DataFileException(path, $"{path}: PNG file not found.");
        try
        {
            return Decode(File.ReadAllBytes(path));
        }
        catch (InvalidDataException e)
        {
            throw new DataFileException(path, $"{path}: {e.Message}", e);
        }
    }

    /// <summary>Decodes PNG bytes to one gray byte per pixel.</summary>
    /// <param name="png">The file's bytes.</param>
    /// <returns>The pixels, row after row, and the image size.</returns>
    /// <exception cref="InvalidDataException">Not a PNG, damaged, or an unsupported kind.</exception>
    public static (byte[] Pixels, int Width, int Height) Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw new InvalidDataException("expected a PNG file, found no PNG signature");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        int offset = Signature.Length;
        while (true)
        {
            if (offset + 8 > png.Length) throw new InvalidDataException("truncated before IEND");
            int length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            string type = System.Text.Encoding.ASCII.GetString(png.Slice(offset + 4, 4));
            if (length < 0 || offset + 12L + length > png.Length)
            {
                throw new InvalidDataException($"chunk {type} runs past the end of the file");
            }
            var data = png.Slice(offset + 8, length);
            offset += 12 + length;

            if (type == "IHDR") (width, height, channels) = Header(data);
            else if (type == "IDAT") compressed.Write(data);
            else if (type == "IEND") break;
        }
        if (channels == 0) throw new InvalidDataException("expected an IHDR chunk, found none");

        compressed.Position = 0;
        var raw = Inflate(compressed, (long)height * (1 + (long)width * channels));
        return (ToGray(Unfilter(raw, width, height, channels), width * height, channels), width, height);
    }

    private static (int Width, int Height, int Channels) Header(ReadOnlySpan<byte> data)
    {
        if (data.Length != 13) throw new InvalidDataException($"expected a 13-byte IHDR, found {data.Length}");
        int width = BinaryPrimitives.ReadInt32BigEndian(data);
        int height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
        byte depth = data[8], colour = data[9], interlace = data[12];
        if (width < 1 || height < 1 || width > 16384 || height > 16384)
        {
            throw new InvalidDataException($"expected a size from 1 to 16384, found {width}x{height}");
        }
        if (depth != 8) throw new InvalidDataException($"expected 8 bits per sample, found {depth}");
        if (interlace != 0) throw new InvalidDataException("expected a non-interlaced PNG, found Adam7");
        int channels = colour switch
        {
            0 => 1,
            4 => 2,
            2 => 3,
            6 => 4,
            _ => throw new InvalidDataException(
                $"expected gray, gray+alpha, RGB or RGBA (colour type 0, 4, 2, 6), found colour type {colour}"),
        };
        return (width, height, channels);
    }

    private static byte[] Inflate(Stream compressed, long expected)
    {
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        var raw = new byte[expected];
        int read = 0;
        while (read < raw.Length)
        {
            int n = zlib.Read(raw, read, raw.Length - read);
            if (n == 0) break;
            read += n;
        }
        if (read != raw.Length)
        {
            throw new InvalidDataException($"expected {expected} bytes of image data, found {read}");
        }
        return raw;
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        int stride = width * channels;
        var pixels = new byte[(long)stride * height];
        for (int y = 0; y < height; y++)
        {
            int filter = raw[y * (stride + 1)];
            var source = raw.AsSpan(y * (stride + 1) + 1, stride);
            var row = pixels.AsSpan(y * stride, stride);
            var above = y > 0 ? pixels.AsSpan((y - 1) * stride, stride) : new byte[stride];
            for (int x = 0; x < stride; x++)
            {
                int left = x >= channels ? row[x - channels] : 0;
                int upLeft = x >= channels ? above[x - channels] : 0;
                int predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => above[x],
                    3 => (left + above[x]) / 2,
                    4 => Paeth(left, above[x], upLeft),
                    _ => throw new InvalidDataException($"expected filter 0 to 4, found {filter} in row {y}"),
                };
                row[x] = (byte)(source[x] + predictor);
            }
        }
        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte[] ToGray(byte[] pixels, int count, int channels)
    {
        if (channels == 1) return pixels;
        var gray = new byte[count];
        for (int i = 0; i < count; i++)
        {
            int at = i * channels;
            gray[i] = channels < 3
                ? pixels[at]
                : (byte)((pixels[at] * 299 + pixels[at + 1] * 587 + pixels[at + 2] * 114) / 1000);
        }
        return gray;
    }
}
