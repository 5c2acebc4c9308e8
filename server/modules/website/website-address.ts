/**
 * A website address is an http(s) URL or a bare domain name, including
 * Chinese domains such as 贵州编办.政务 (the survey's 中文域名).
 */
export function websiteAddressProblem(address: string): 'WEBSITE_URL_INVALID' | 'WEBSITE_ADDRESS_FORMAT' | null {
  if (/^https?:\/\//i.test(address)) {
    try {
      const url = new URL(address);
      return url.hostname ? null : 'WEBSITE_URL_INVALID';
    } catch {
      return 'WEBSITE_URL_INVALID';
    }
  }
  if (/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u.test(address)) return null;
  return 'WEBSITE_ADDRESS_FORMAT';
}
