using System.Linq.Expressions;

namespace Enforcement.Domain.Common;

/// <summary>Composes rule expressions: a rule written over one type is applied to a member of another.</summary>
public static class ExpressionSubstitution
{
    /// <summary><paramref name="rule"/>, written over <typeparamref name="TInner"/>, applied to what <paramref name="member"/> selects.</summary>
    public static Expression<Func<TOuter, bool>> On<TOuter, TInner>(this Expression<Func<TInner, bool>> rule, Expression<Func<TOuter, TInner>> member)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(member);
        return Expression.Lambda<Func<TOuter, bool>>(rule.Body.Substitute(rule.Parameters[0], member.Body), member.Parameters[0]);
    }

    /// <summary><paramref name="body"/> with every use of <paramref name="parameter"/> replaced by <paramref name="replacement"/>.</summary>
    public static Expression Substitute(this Expression body, ParameterExpression parameter, Expression replacement) =>
        new Replacer(parameter, replacement).Visit(body);

    private sealed class Replacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
