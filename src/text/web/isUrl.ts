/** An input that names a web address: "https://example.com/feed.xml", "http://127.0.0.1:8080/a". */
export function isUrl(input: string): boolean {
  return /^https?:\/\/\S+$/i.test(input);
}
