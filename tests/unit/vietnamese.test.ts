import { describe, expect, it } from 'vitest';
import { asciiSlug, foldVietnamese } from '../../src/utils/vietnamese.ts';
import { subtaskAnchor } from '../../src/utils/subtasks.ts';

describe('foldVietnamese', () => {
	it('removes tones and vowel marks', () => {
		expect(foldVietnamese('Công nhân viên chức lao động')).toBe('Cong nhan vien chuc lao dong');
		expect(foldVietnamese('ưu tú, ổn định, ắt')).toBe('uu tu, on dinh, at');
	});
	it('maps đ and Đ, which Unicode does not decompose', () => {
		expect(foldVietnamese('Công đoàn đối thoại')).toBe('Cong doan doi thoai');
		expect(foldVietnamese('ĐOÀN VIÊN CĐCS')).toBe('DOAN VIEN CDCS');
	});
	it('handles decomposed (NFD) input the same as NFC', () => {
		expect(foldVietnamese('đoàn'.normalize('NFD'))).toBe('doan');
	});
});

describe('asciiSlug', () => {
	it('makes lower-case ASCII ids', () => {
		expect(asciiSlug('1. Mục đích')).toBe('1-muc-dich');
		expect(asciiSlug('  Nơi nhận: ')).toBe('noi-nhan');
		expect(asciiSlug('Tổ chức thực hiện — IV')).toBe('to-chuc-thuc-hien-iv');
	});
});

describe('subtaskAnchor', () => {
	it('turns 3.10 into 3-10', () => {
		expect(subtaskAnchor('3.10')).toBe('3-10');
	});
});
