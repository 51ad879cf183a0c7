using System.Globalization;
using System.Reflection;
using Enforcement.Application.Supervision;
using Enforcement.Domain.Cases;
using Mediator;
using Microsoft.Extensions.Options;

namespace Enforcement.Application.Tests;

/// <summary>A newly registered case is scanned for a key-case suggestion only when its claim reaches the threshold.</summary>
public sealed class LargeClaimSignalTests
{
    [Theory]
    [InlineData("4999999.99", false)] // one fen below the 5,000,000 threshold
    [InlineData("5000000", true)] // at least the threshold
    [InlineData("12000000", true)]
    [InlineData(null, true)] // an event stored before it carried the amount: the scan reads the case
    public async Task The_case_is_scanned_when_its_claim_reaches_the_threshold_or_is_not_known(string? claimed, bool scanned)
    {
        var sent = new List<object>();
        var handler = new LargeClaimSignalHandler(RecordingSender.Create(sent), Options.Create(new SupervisionOptions()));
        var caseId = Guid.NewGuid();

        await handler.Handle(new CaseRegistered(caseId, "（2025）湘0681执1234号", claimed is null ? null : decimal.Parse(claimed, CultureInfo.InvariantCulture)), CancellationToken.None);

        if (scanned)
        {
            sent.ShouldHaveSingleItem().ShouldBe(new ScanKeyCaseSignalsCommand(caseId));
        }
        else
        {
            sent.ShouldBeEmpty();
        }
    }

    /// <summary>An <see cref="ISender"/> that records each request and answers it with the default.</summary>
    public class RecordingSender : DispatchProxy
    {
        private List<object> _sent = [];

        public static ISender Create(List<object> sent)
        {
            var sender = Create<ISender, RecordingSender>();
            ((RecordingSender)(object)sender)._sent = sent;
            return sender;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            _sent.Add(args![0]!);
            var returnType = targetMethod!.ReturnType;
            return returnType.IsGenericType ? Activator.CreateInstance(returnType) : default(ValueTask);
        }
    }
}
