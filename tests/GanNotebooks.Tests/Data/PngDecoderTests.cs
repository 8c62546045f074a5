using System.Buffers.Binary;
using System.IO.Compression;
using GanNotebooks.Data;
using GanNotebooks.Display;

namespace GanNotebooks.Tests.Data;

public sealed class PngDecoderTests
{
    [Fact]
    public void Reads_back_what_the_encoder_writes_in_gray_and_in_rgb()
    {
        byte[] gray = [.. Enumerable.Range(0, 28 * 28).Select(i => (byte)(i * 7))];
        byte[] rgb = [.. gray.SelectMany(v => new[] { v, v, v })];

        var (fromGray, width, height) = PngDecoder.Decode(PngEncoder.Encode(gray, 28, 28).Bytes);
        var (fromRgb, _, _) = PngDecoder.Decode(PngEncoder.Encode(rgb, 28, 28, channels: 3).Bytes);

        Assert.Equal((28, 28), (width, height));
        Assert.Equal(gray, fromGray);
        Assert.Equal(gray, fromRgb);
    }

    [Fact]
    public void Undoes_all_five_row_filters()
    {
        const int width = 9, height = 10;
        byte[] pixels = [.. Enumerable.Range(0, width * height).Select(i => (byte)(i * i % 251))];

        var (decoded, _, _) = PngDecoder.Decode(FilteredPng(pixels, width, height));

        Assert.Equal(pixels, decoded);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 }, "no PNG signature")]
    [InlineData(new byte[] { 0x89, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0 }, "truncated")]
    public void Damaged_files_are_refused(byte[] bytes, string message)
    {
        Assert.Contains(message, Assert.Throws<InvalidDataException>(() => PngDecoder.Decode(bytes)).Message);
    }

    [Fact]
    public void A_folder_of_wrongly_sized_images_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        PngEncoder.Encode(new byte[28 * 28], 28, 28).Save(folder.File("a.png"));
        PngEncoder.Encode(new byte[32 * 32], 32, 32).Save(folder.File("b.png"));

        var error = Assert.Throws<DataFileException>(() => ImageFiles.LoadPngFolder(folder.Path));

        Assert.Contains("b.png: expected a 28x28 image, found 32x32", error.Message);
    }

    /// <summary>A gray PNG whose row y uses filter y % 5, encoded as the PNG specification says.</summary>
    private static byte[] FilteredPng(byte[] pixels, int width, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (int y = 0; y < height; y++)
            {
                int filter = y % 5;
                zlib.WriteByte((byte)filter);
                for (int x = 0; x < width; x++)
                {
                    int a = x > 0 ? pixels[y * width + x - 1] : 0;
                    int b = y > 0 ? pixels[(y - 1) * width + x] : 0;
                    int c = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1] : 0;
                    int p = a + b - c;
                    int paeth = Math.Abs(p - a) <= Math.Abs(p - b) && Math.Abs(p - a) <= Math.Abs(p - c)
                        ? a : Math.Abs(p - b) <= Math.Abs(p - c) ? b : c;
                    int predictor = filter switch { 0 => 0, 1 => a, 2 => b, 3 => (a + b) / 2, _ => paeth };
                    zlib.WriteByte((byte)(pixels[y * width + x] - predictor));
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        png.Write(System.Text.Encoding.ASCII.GetBytes(type));
        png.Write(data);
        png.Write(new byte[4]); // the decoder does not check CRCs
    }
}
