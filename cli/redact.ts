/** Keeps a secret out of anything printed: the text itself and the forms SMTP sends it in (base64 of it and of AUTH PLAIN). */
export function secretForms(user: string | null, password: string | null): string[] {
  if (!password) return [];
  const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
  const forms = [password, b64(password), b64(`\u0000${user ?? ""}\u0000${password}`)];
  return forms.filter((form) => form.length >= 3); // a one- or two-character "secret" would blank ordinary text
}

export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("***");
  return out;
}
