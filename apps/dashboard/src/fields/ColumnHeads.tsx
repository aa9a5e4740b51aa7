import { TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A table's header row: one column header per translation key. */
export function ColumnHeads({ labels }: { labels: readonly string[] }) {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {labels.map((label) => (
          <TableCell key={label} component="th" scope="col">
            {translate(label)}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}
