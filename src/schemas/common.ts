import { z } from 'astro/zod';

/** Sub-task id as printed in the programme: "<group>.<n>", e.g. "3.6". */
export const subtaskIdSchema = z.string().regex(/^[1-9]\d*\.[1-9]\d*$/, { error: 'mã nhiệm vụ dạng "nhóm.số", ví dụ "3.6"' });

/** A calendar date written as YYYY-MM-DD in front matter or JSON. */
export const isoDateSchema = z.iso.date({ error: 'ngày dạng YYYY-MM-DD, ví dụ "2025-12-31"' });

/** Non-empty, trimmed text. */
export const textSchema = z.string().trim().min(1, { error: 'một đoạn chữ không rỗng' });
