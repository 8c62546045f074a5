using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace GanNotebooks.Metrics.StateDicts;

/// <summary>The pickle reader's primitives: bounded reads of bytes, numbers and strings.</summary>
internal sealed partial class PickleReader
{
    private byte ReadByte()
    {
        if (position >= data.Length)
        {
            throw Fail("the pickle ends before its STOP opcode (truncated file?)");
        }
        return data[position++];
    }

    private byte[] ReadBytes(int count)
    {
        if (count < 0 || count > data.Length - position)
        {
            throw Fail($"{count} bytes announced, {data.Length - position} left (truncated file?)");
        }
        var bytes = data.AsSpan(position, count).ToArray();
        position += count;
        return bytes;
    }

    private int ReadLength(int size)
    {
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(size));
        if (length > int.MaxValue)
        {
            throw Fail($"length {length} is larger than any value this reader accepts");
        }
        return (int)length;
    }

    private string ReadText(int length)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(ReadBytes(length));
        }
        catch (DecoderFallbackException)
        {
            throw Fail("a string is not valid UTF-8");
        }
    }

    private object ReadLong1()
    {
        var bytes = ReadBytes(ReadByte());
        var value = new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
        return value >= long.MinValue && value <= long.MaxValue ? (long)value : value;
    }

    private string ReadLine()
    {
        int end = Array.IndexOf(data, (byte)'\n', position, Math.Min(257, data.Length - position));
        if (end < 0)
        {
            throw Fail("a GLOBAL name has no end of line within 256 bytes");
        }
        var line = Encoding.ASCII.GetString(data, position, end - position);
        position = end + 1;
        return line;
    }

    private uint ReadUInt(int size)
    {
        var bytes = ReadBytes(size);
        return size == 2
            ? BinaryPrimitives.ReadUInt16LittleEndian(bytes)
            : BinaryPrimitives.ReadUInt32LittleEndian(bytes);
    }
}
