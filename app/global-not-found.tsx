import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = { title: "找不到这个页面 · Page not found · SIM Exit" };

// Paths outside both languages (e.g. /missing.txt) land here: a bilingual 404.
export default function GlobalNotFound() {
  return (
    <html lang="zh-CN">
      <body className="font-sans">
        <main className="mx-auto max-w-xl px-5 py-20">
          <h1 className="text-2xl font-bold">找不到这个页面 · Page not found</h1>
          <p className="mt-4 text-muted">链接可能已失效。The link may be broken.</p>
          <p className="mt-6 flex gap-4">
            <Link href="/">返回首页</Link>
            <Link href="/en" lang="en">
              Home (English)
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
