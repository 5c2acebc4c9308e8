/**
 * A website address is an http(s) URL or a bare domain name, including
 * Chinese domains such as 贵州编办.政务 (the survey's 中文域名).
 */
export function websiteAddressProblem(address: string): string | null {
  if (/^https?:\/\//i.test(address)) {
    try {
      const url = new URL(address);
      return url.hostname ? null : 'is not a valid URL';
    } catch {
      return 'is not a valid URL';
    }
  }
  if (/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u.test(address)) return null;
  return 'must be an http(s) URL or a domain name such as 贵州编办.政务';
}
