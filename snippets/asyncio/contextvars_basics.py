# contextvars: ContextVar get/set/reset with tokens, and Context objects.
import contextvars

user = contextvars.ContextVar("user", default="anonymous")
lang = contextvars.ContextVar("lang")

print(user.name, user.get())
try:
    lang.get()
except LookupError as e:
    print("LookupError for a variable without a default")
print(lang.get("en"), user.get("ignored default"))

token = user.set("alice")
print(user.get(), token.var is user, token.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
user.reset(token)
print("after reset:", user.get())
try:
    user.reset(token)
except RuntimeError:
    print("RuntimeError: a token can be used only once")

t2 = lang.set("fr")
try:
    user.reset(t2)
except ValueError:
    print("ValueError: token from a different ContextVar")

# copy_context snapshots the current values; run() executes inside the copy.
ctx = contextvars.copy_context()
print(type(ctx).__name__, type(ctx).__module__, len(ctx), lang in ctx, ctx[lang])


def change():
    lang.set("de")
    user.set("bob")
    return lang.get(), user.get()

print(ctx.run(change))
print("outside:", lang.get(), user.get())
print("inside the copy:", ctx[lang], ctx[user], ctx.get(user), len(ctx))
print(sorted(v.name for v in ctx), sorted(ctx.values()))
try:
    ctx.run(ctx.run, print)
except RuntimeError:
    print("RuntimeError: a context cannot be entered twice")
try:
    ctx[42]
except TypeError as e:
    print("TypeError:", e)
try:
    contextvars.ContextVar(3)
except TypeError as e:
    print("TypeError:", e)
try:
    user.set()
except TypeError as e:
    print("TypeError:", e)
print(contextvars.Context().get(user, "empty context"))
