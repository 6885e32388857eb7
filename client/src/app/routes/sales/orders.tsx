import { useParams } from 'react-router';
import { OrderDetail } from '@/features/sales/components/orders/order-detail';
import { OrderList } from '@/features/sales/components/orders/order-list';
import { RequirePermission } from '../require-permission';

export function OrdersPage() {
  return (
    <RequirePermission permission="sales.read">
      <OrderList />
    </RequirePermission>
  );
}

export function OrderPage() {
  const { id = '' } = useParams();
  return (
    <RequirePermission permission="sales.read">
      <OrderDetail id={id} />
    </RequirePermission>
  );
}
