/**
 * A public draw as posted (niêm yết): quốc hiệu and tiêu ngữ, the People's Committee, the place-and-date
 * line, what was drawn for, the seed and how to check it, and the drawn order. Vietnamese, as commune
 * documents are; styled for print (allocation.css @media print).
 */
import type { DrawRow, RegisterEntryRow } from '../../../db/register-rows';
import { documentDateLine, peoplesCommitteeName, capitalised, placesForDocumentOn, type PlaceNames } from '../../../domain/place-names';

export function DrawSheet({ draw, places: setting, entries }: { draw: Pick<DrawRow, 'at' | 'seed' | 'plotCodes' | 'participantIds' | 'result'>; places: PlaceNames; entries: ReadonlyMap<string, RegisterEntryRow> }) {
  const when = new Date(draw.at);
  const places = placesForDocumentOn(setting, when);
  const name = (id: string) => entries.get(id)?.name ?? id;
  return (
    <article className="draw-sheet" data-testid="draw-sheet" lang="vi">
      <header className="document-head">
        <div className="issuer">{capitalised(peoplesCommitteeName(places)).toLocaleUpperCase('vi')}</div>
        <div className="national">
          <div className="motto-country">CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="motto">Độc lập - Tự do - Hạnh phúc</div>
          <div className="date-line" data-testid="draw-date-line">
            <em>{documentDateLine(places, { year: when.getFullYear(), month: when.getMonth() + 1, day: when.getDate() })}</em>
          </div>
        </div>
      </header>
      <h2 className="document-title">KẾT QUẢ BỐC THĂM</h2>
      <p className="document-subtitle">
        {draw.plotCodes
          ? `Giao lô đất tại khu tiểu thủ công nghiệp tập trung: ${draw.plotCodes.join(', ')}`
          : 'Thứ tự của các hộ, cơ sở đã đăng ký'}
      </p>
      <p>Số hộ, cơ sở tham gia: {draw.participantIds.length}. Mã bốc thăm (hạt giống): <strong data-testid="draw-seed">{draw.seed}</strong></p>
      <table className="draw-result" data-testid="draw-result">
        <thead><tr><th>Thứ tự</th><th>Tên hộ/cơ sở</th>{draw.plotCodes && <th>Lô đất</th>}</tr></thead>
        <tbody>
          {draw.result.map((line, i) => (
            <tr key={line.entryId} data-entry={line.entryId}>
              <td className="num">{i + 1}</td><td>{name(line.entryId)}</td>{draw.plotCodes && <td>{line.plotCode ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="method">
        Cách kiểm tra: mã bốc thăm được băm FNV-1a 32 bit thành hạt giống của bộ sinh số Mersenne Twister MT19937;
        danh sách tham gia xếp theo mã hồ sơ rồi đảo trộn Fisher–Yates. Cùng mã và cùng danh sách luôn cho cùng kết quả.
      </p>
      <footer className="signatures"><div>NGƯỜI LẬP</div><div>TM. ỦY BAN NHÂN DÂN</div></footer>
    </article>
  );
}
