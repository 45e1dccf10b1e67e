"use client";

import "./globals.css";

/**
 * Errors above every page's own error boundary (a layout or a page's metadata that could not
 * read the database, e.g. during an outage) land here. No messages provider is reachable at
 * this height, so it is bilingual, like the global 404. It never shows the error itself, and
 * "try again" reloads the page: the server has to render it anew.
 */
export default function GlobalError(_props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="font-sans">
        <main role="alert" className="mx-auto max-w-xl px-5 py-20">
          <h1 className="text-2xl font-bold">网站暂时无法打开 · The site is briefly unavailable</h1>
          <p className="mt-4 text-muted">服务器暂时无法完成请求，请稍后再试。</p>
          <p className="mt-2 text-muted" lang="en">
            The server could not complete the request. Please try again in a minute.
          </p>
          <p className="mt-6">
            <button type="button" onClick={() => window.location.reload()} className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              重试 · Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
