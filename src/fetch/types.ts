/** What a server said a response's version is: sent back as If-None-Match / If-Modified-Since. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchOptions {
  /** The whole exchange, redirects and body included, in milliseconds. */
  timeoutMs: number;
  /** Opening the connection (TCP and TLS) to each host, in milliseconds. */
  connectTimeoutMs: number;
  /** A body larger than this (after decompression) is refused; it is read no further. */
  maxBytes: number;
  /** Redirects followed before giving up; a redirect back to an address already visited is a loop. */
  maxRedirects: number;
  userAgent: string;
  /** Validators kept from the last fetch of this URL: the request is conditional, a 304 has no body. */
  validators?: Validators;
}

/** A fetched document: its bytes, the address they came from after redirects, and their validators. */
export interface Fetched {
  ok: true;
  status: 200;
  /** The final address, after redirects. */
  url: string;
  bytes: Buffer;
  /** The Content-Type header as sent: "text/html; charset=windows-1252". */
  contentType?: string;
  validators: Validators;
}

/** 304 Not Modified: the document is what it was when its validators were kept. */
export interface NotModified {
  ok: true;
  status: 304;
  url: string;
  validators: Validators;
}

/** Why a URL could not be fetched, in a few words: "HTTP 404 Not Found", "timed out after 30 s". */
export interface FetchFailure {
  ok: false;
  reason: string;
}

export type FetchResult = Fetched | NotModified | FetchFailure;
