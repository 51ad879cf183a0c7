namespace Enforcement.Domain.Common;

/// <summary>
/// Version 7 ids that increase strictly within the process, so that records made in one change (a closure's end of the
/// running pause, then the closure) sort in the order they were made. <see cref="Guid.CreateVersion7()"/> orders ids by
/// the millisecond only; within one it is random. Both engines sort a <see cref="Guid"/> as <see cref="Guid.CompareTo(Guid)"/>
/// does (SQLite as upper-case text, PostgreSQL as big-endian bytes).
/// </summary>
public static class OrderedIds
{
    private static readonly Lock Gate = new();
    private static UInt128 _last;

    public static Guid Next()
    {
        var candidate = ToNumber(Guid.CreateVersion7());
        lock (Gate)
        {
            _last = candidate > _last ? candidate : _last + 1;
            return FromNumber(_last);
        }
    }

    private static UInt128 ToNumber(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid FromNumber(UInt128 number)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        return new Guid(bytes, bigEndian: true);
    }
}
